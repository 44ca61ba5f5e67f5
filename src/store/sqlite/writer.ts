import type Database from 'better-sqlite3';
import type { FeaturesJson } from '../../cluster/index.js';
import type { AnnotatedArticle, ArticleId, StoryId } from '../../doc/index.js';
import type { NewVersion, StoreWriter } from '../types.js';
import { type IndexRow, layersJson, toIndexEntry, versionParams } from './rows.js';

const sameMembers = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The writer a transaction hands out: plain statements, the caller holds the lock. */
export const sqliteWriter = (db: Database.Database): StoreWriter => {
  const after = db.prepare<[number], IndexRow>(
    'SELECT seq, id, story_id, features FROM articles WHERE seq > ? ORDER BY seq',
  );
  const has = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?');
  const taken = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM stories WHERE id = ? UNION ALL SELECT 1 FROM story_aliases WHERE alias = ?',
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, story_id, source, outlet, title, published, url, text, layers, features, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const index = db.prepare('INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)');
  const openStory = db.prepare('INSERT INTO stories (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
  const markStale = db.prepare('UPDATE stories SET stale = 1 WHERE id = ?');
  const copies = db.prepare('UPDATE stories SET copies = ? WHERE id = ?');
  const members = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE story_id = ? ORDER BY seq');
  const latest = db.prepare<[string], { version: number }>('SELECT version FROM stories WHERE id = ?');
  const insertVersion = db.prepare(
    `INSERT INTO story_versions (story_id, version, created_at, article_ids, headline, contested, outlets, report)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setVersion = db.prepare('UPDATE stories SET version = ?, stale = ? WHERE id = ?');
  const unsearch = db.prepare('DELETE FROM story_search WHERE story_id = ?');
  const search = db.prepare('INSERT INTO story_search (story_id, headline) VALUES (?, ?)');
  const move = db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?');
  const alias = db.prepare('INSERT OR REPLACE INTO story_aliases (alias, story_id, created_at) VALUES (?, ?, ?)');
  const repoint = db.prepare('UPDATE story_aliases SET story_id = ? WHERE story_id = ?');
  const drop = db.prepare('DELETE FROM stories WHERE id = ?');
  const dropVersions = db.prepare('DELETE FROM story_versions WHERE story_id = ?');

  return {
    indexAfter: async (seq) => after.all(seq).map(toIndexEntry),
    hasArticle: async (id: ArticleId) => has.get(id) !== undefined,
    storyTaken: async (id) => taken.get(id, id) !== undefined,
    addArticle: async (doc: AnnotatedArticle, features: FeaturesJson, storyId: StoryId, at: string) => {
      const a = doc.article;
      openStory.run(storyId, at);
      markStale.run(storyId);
      const { lastInsertRowid } = insertArticle.run(
        a.id,
        storyId,
        a.source,
        a.outlet,
        a.title,
        a.published,
        a.url,
        a.text,
        layersJson(doc),
        JSON.stringify(features),
        at,
      );
      index.run(lastInsertRowid, a.title ?? '', a.text);
      return Number(lastInsertRowid);
    },
    setCopies: async (storyId, value) => {
      copies.run(JSON.stringify(value), storyId);
    },
    addVersion: async (storyId: StoryId, v: NewVersion, at: string) => {
      const version = (latest.get(storyId)?.version ?? 0) + 1;
      insertVersion.run(...versionParams(storyId, v, version, at));
      const current = members.all(storyId).map((r) => r.id);
      setVersion.run(version, sameMembers(current, v.articleIds) ? 0 : 1, storyId);
      unsearch.run(storyId);
      search.run(storyId, v.headline);
      return version;
    },
    mergeStories: async (keep, gone, at) => {
      move.run(keep, gone);
      markStale.run(keep);
      repoint.run(keep, gone);
      alias.run(gone, keep, at);
      unsearch.run(gone);
      dropVersions.run(gone);
      drop.run(gone);
    },
  };
};
