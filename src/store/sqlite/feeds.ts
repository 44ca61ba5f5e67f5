import type Database from 'better-sqlite3';
import type { FeedState, FeedStore, SeenItem } from '../feed-types.js';
import type { StoreWriter } from '../types.js';
import { guarded } from './errors.js';

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_checked: string | null;
  next_check: string | null;
  failures: number;
  last_error: string | null;
}

const toState = (row: FeedRow): FeedState => ({
  url: row.url,
  etag: row.etag,
  lastModified: row.last_modified,
  lastChecked: row.last_checked,
  nextCheck: row.next_check,
  failures: row.failures,
  lastError: row.last_error,
});

type Write = <T>(work: (writer: StoreWriter) => Promise<T>) => Promise<T>;

/** The feed side of the SQLite driver; its writes go through the store's write queue like every other. */
export const sqliteFeedStore = (db: Database.Database, location: string, write: Write): FeedStore => {
  const one = db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?');
  const all = db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY url');
  const save = db.prepare(
    `INSERT INTO feeds (url, etag, last_modified, last_checked, next_check, failures, last_error)
     VALUES (@url, @etag, @lastModified, @lastChecked, @nextCheck, @failures, @lastError)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       last_checked = excluded.last_checked, next_check = excluded.next_check, failures = excluded.failures,
       last_error = excluded.last_error`,
  );
  const seen = db.prepare<[string], { url: string }>('SELECT url FROM feed_items WHERE url = ?');
  const mark = db.prepare(
    `INSERT INTO feed_items (url, feed, article_id, seen_at) VALUES (@url, @feed, @articleId, @at)
     ON CONFLICT (url) DO NOTHING`,
  );
  return {
    feed: (url) =>
      guarded(location, () => {
        const row = one.get(url);
        return row ? toState(row) : null;
      }),
    feeds: () => guarded(location, () => all.all().map(toState)),
    saveFeedState: (state: FeedState) =>
      write(async () => {
        save.run(state);
      }),
    seenItems: (urls: readonly string[]) =>
      guarded(location, () => new Set(urls.filter((url) => seen.get(url) !== undefined))),
    markItemsSeen: (items: readonly SeenItem[]) =>
      write(async () => {
        for (const item of items) mark.run(item);
      }),
  };
};
