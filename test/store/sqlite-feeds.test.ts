import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { describeFeedStore } from './feeds-contract.js';

const folder = await mkdtemp(join(tmpdir(), 'triangulate-store-feeds-'));
let files = 0;

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describeFeedStore('SQLite file', () => openSqliteStore(join(folder, `feeds-${++files}.db`), { create: true }));
