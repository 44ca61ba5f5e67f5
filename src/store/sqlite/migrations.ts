import type Database from 'better-sqlite3';

/** Schema changes in order; a file records the last one applied, and each runs in its own transaction. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     story_id TEXT NOT NULL,
     source TEXT NOT NULL,
     outlet TEXT,
     title TEXT,
     published TEXT,
     url TEXT,
     text TEXT NOT NULL,
     layers TEXT NOT NULL,
     features TEXT NOT NULL,
     added_at TEXT NOT NULL
   );
   CREATE INDEX articles_by_story ON articles (story_id, seq);
   CREATE TABLE stories (
     id TEXT PRIMARY KEY,
     created_at TEXT NOT NULL,
     copies TEXT NOT NULL DEFAULT '{}',
     version INTEGER NOT NULL DEFAULT 0,
     stale INTEGER NOT NULL DEFAULT 1
   );
   CREATE INDEX stories_stale ON stories (stale) WHERE stale = 1;
   CREATE TABLE story_versions (
     story_id TEXT NOT NULL REFERENCES stories (id),
     version INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     article_ids TEXT NOT NULL,
     headline TEXT NOT NULL,
     contested INTEGER NOT NULL,
     outlets TEXT NOT NULL,
     report TEXT NOT NULL,
     PRIMARY KEY (story_id, version)
   );
   CREATE INDEX story_versions_by_time ON story_versions (created_at);
   CREATE TABLE story_aliases (
     alias TEXT PRIMARY KEY,
     story_id TEXT NOT NULL REFERENCES stories (id),
     created_at TEXT NOT NULL
   );
   CREATE VIRTUAL TABLE article_search USING fts5 (title, text, content = 'articles', content_rowid = 'seq');
   CREATE VIRTUAL TABLE story_search USING fts5 (story_id UNINDEXED, headline);`,
  `CREATE TABLE feeds (
     url TEXT PRIMARY KEY,
     etag TEXT,
     last_modified TEXT,
     last_checked TEXT,
     next_check TEXT,
     failures INTEGER NOT NULL DEFAULT 0,
     last_error TEXT
   );
   CREATE TABLE feed_items (
     url TEXT PRIMARY KEY,
     feed TEXT NOT NULL,
     article_id TEXT,
     seen_at TEXT NOT NULL
   );
   CREATE INDEX feed_items_by_article ON feed_items (article_id);`,
];

/** Brings the file's schema up to date; safe when several processes open a new file at once. */
export const migrate = (db: Database.Database): void => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  MIGRATIONS.forEach((sql, i) => {
    const version = i + 1;
    if ((applied.get()?.v ?? 0) >= version) return;
    db.transaction(() => {
      if ((applied.get()?.v ?? 0) >= version) return;
      db.exec(sql);
      record.run(version, new Date().toISOString());
    }).immediate();
  });
};
