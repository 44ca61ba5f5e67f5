import type Database from 'better-sqlite3';
import type { ArticleId, StoryId } from '../../doc/index.js';
import { articleId, storyId } from '../../doc/index.js';
import type { StoryQuery, StoryRecord } from '../types.js';
import {
  type ArticleRow,
  type IndexRow,
  type SummaryRow,
  toArticle,
  toDoc,
  toIndexEntry,
  toStored,
  toSummary,
  toVersion,
  type VersionRow,
} from './rows.js';

interface StoryRow {
  id: string;
  created_at: string;
  copies: string;
  version: number;
  stale: number;
}

/** Each word quoted, so user text never reads as FTS5 syntax; all words must match. */
const ftsQuery = (search: string): string =>
  search
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');

const LIST = `SELECT v.story_id, v.version, v.created_at, v.article_ids, v.headline, v.contested, v.outlets
  FROM stories s JOIN story_versions v ON v.story_id = s.id AND v.version = s.version
  WHERE s.version > 0 AND v.created_at >= @since`;
const MATCHING = ` AND s.id IN (
    SELECT story_id FROM story_search WHERE story_search MATCH @q
    UNION SELECT a.story_id FROM article_search JOIN articles a ON a.seq = article_search.rowid
      WHERE article_search MATCH @q)`;
const ORDER = ' ORDER BY v.created_at DESC, v.story_id LIMIT @limit';

/** The read side of the SQLite driver: synchronous statements, wrapped async by the store. */
export const sqliteReader = (db: Database.Database) => {
  const articleById = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const after = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE seq > ? ORDER BY seq');
  const index = db.prepare<[number, number], IndexRow>(
    'SELECT seq, id, story_id, features FROM articles WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const members = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE story_id = ? ORDER BY seq');
  const memberIds = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE story_id = ? ORDER BY seq');
  const storyById = db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?');
  const aliasOf = db.prepare<[string], { story_id: string }>('SELECT story_id FROM story_aliases WHERE alias = ?');
  const stale = db.prepare<[], { id: string }>('SELECT id FROM stories WHERE stale = 1 ORDER BY created_at, id');
  const version = db.prepare<[string, number], VersionRow>(
    'SELECT * FROM story_versions WHERE story_id = ? AND version = ?',
  );
  const versionAt = db.prepare<[string, string], VersionRow>(
    'SELECT * FROM story_versions WHERE story_id = ? AND created_at <= ? ORDER BY version DESC LIMIT 1',
  );
  const list = db.prepare<Record<string, unknown>, SummaryRow>(LIST + ORDER);
  const search = db.prepare<Record<string, unknown>, SummaryRow>(LIST + MATCHING + ORDER);
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');

  const story = (requested: string): StoryRecord | null => {
    const alias = aliasOf.get(requested)?.story_id;
    const row = storyById.get(alias ?? requested);
    if (!row) return null;
    return {
      id: storyId(row.id),
      requestedAs: alias === undefined ? null : requested,
      articleIds: memberIds.all(row.id).map((r) => articleId(r.id)),
      copies: JSON.parse(row.copies) as Record<string, string>,
      created: row.created_at,
      version: row.version,
      stale: row.stale === 1,
    };
  };

  return {
    knownArticles: (ids: readonly ArticleId[]) => new Set(ids.filter((id) => articleById.get(id) !== undefined)),
    articlesAfter: (seq: number) => after.all(seq).map(toStored),
    indexAfter: (seq: number, limit = -1) => index.all(seq, limit).map(toIndexEntry),
    article: (id: ArticleId) => {
      const row = articleById.get(id);
      return row ? toArticle(row) : null;
    },
    storyDocs: (id: StoryId) => members.all(id).map(toDoc),
    story,
    staleStories: () => stale.all().map((r) => storyId(r.id)),
    version: (id: StoryId, n: number) => {
      const row = version.get(id, n);
      return row ? toVersion(row) : null;
    },
    versionAt: (id: StoryId, time: string) => {
      const row = versionAt.get(id, time);
      return row ? toVersion(row) : null;
    },
    stories: (query: StoryQuery = {}) => {
      const params = { since: query.since ?? '', limit: query.limit ?? -1 };
      const q = ftsQuery(query.search ?? '');
      return (q === '' ? list.all(params) : search.all({ ...params, q })).map(toSummary);
    },
    articleCount: () => count.get()?.n ?? 0,
  };
};
