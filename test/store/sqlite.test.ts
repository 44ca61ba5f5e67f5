import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, StoreError } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { describeStore } from './contract.js';
import { docOf } from './fixtures.js';

const folder = await mkdtemp(join(tmpdir(), 'triangulate-store-'));
let files = 0;
const freshFile = (): string => join(folder, `store-${++files}.db`);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describeStore('SQLite file', () => openSqliteStore(freshFile(), { create: true }));

describe('SQLite driver', () => {
  it('keeps what was written across a reopen, in WAL mode, with every migration recorded', async () => {
    const file = freshFile();
    const first = await openSqliteStore(file, { create: true });
    await first.write((w) => w.addArticle(docOf('mb-1'), 's-x' as never, '2031-03-04T10:00:00.000Z'));
    await first.close();
    const again = await openSqliteStore(file, { create: false });
    expect(await again.articleCount()).toBe(1);
    await again.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(versions).toEqual(MIGRATIONS.map((_, i) => ({ version: i + 1 })));
    db.close();
  });

  it('answers a missing file and a file that is not a store with typed errors', async () => {
    const missing = freshFile();
    await expect(openSqliteStore(missing, { create: false })).rejects.toMatchObject({ code: 'store-not-found' });
    const junk = freshFile();
    await writeFile(junk, 'Not a database, just a note about the Marrowby footbridge.\n'.repeat(200));
    const opened = openSqliteStore(junk, { create: false });
    await expect(opened).rejects.toBeInstanceOf(StoreError);
    await expect(opened).rejects.toMatchObject({ code: 'store-corrupt' });
  });
});
