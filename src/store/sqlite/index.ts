import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ArticleId } from '../../doc/index.js';
import { StoreError } from '../errors.js';
import type { Store, StoreWriter } from '../types.js';
import { guarded } from './errors.js';
import { sqliteFeedStore } from './feeds.js';
import { migrate } from './migrations.js';
import { sqliteReader } from './reader.js';
import { sqliteWriter } from './writer.js';

export interface SqliteOptions {
  /** Create the file when missing (ingest); readers want an error instead. */
  readonly create: boolean;
  /** How long to wait for another process's write lock, in milliseconds. */
  readonly busyTimeout?: number;
}

/** One SQLite file in WAL mode: readers never block the writer, and a killed writer leaves the file consistent. */
export const openSqliteStore = async (path: string, options: SqliteOptions): Promise<Store> => {
  if (!options.create && path !== ':memory:' && !existsSync(path))
    throw new StoreError('store-not-found', path, 'no store at this path (ingest creates one)');
  const db = await guarded(path, () => {
    const opened = new Database(path, { timeout: options.busyTimeout ?? 30_000 });
    opened.pragma('journal_mode = WAL');
    opened.pragma('synchronous = NORMAL');
    migrate(opened);
    return opened;
  });
  const writer = sqliteWriter(db);
  const reader = sqliteReader(db);
  // One connection serves the process: writes queue here so their transactions never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const write = <T>(work: (w: StoreWriter) => Promise<T>): Promise<T> => {
    const run = queue.then(() =>
      guarded(path, async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(writer);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    );
    queue = run.catch(() => undefined);
    return run;
  };
  const read =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): Promise<R> =>
      guarded(path, () => f(...args));
  return {
    location: path,
    write,
    knownArticles: read((ids: readonly ArticleId[]) => reader.knownArticles(ids)),
    articlesAfter: read(reader.articlesAfter),
    indexAfter: read(reader.indexAfter),
    article: read(reader.article),
    storyDocs: read(reader.storyDocs),
    story: read(reader.story),
    staleStories: read(reader.staleStories),
    version: read(reader.version),
    versionAt: read(reader.versionAt),
    stories: read(reader.stories),
    articleCount: read(reader.articleCount),
    ...sqliteFeedStore(db, path, write),
    close: async () => {
      await queue;
      db.close();
    },
  };
};
