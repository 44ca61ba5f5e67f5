import { rmSync } from 'node:fs';
import { ingest } from '../src/ingest/index.js';
import { ingestArticles, openLiveIndex } from '../src/live/index.js';
import { openSqliteStore } from '../src/store/index.js';
import { peakRssMiB } from './lib.js';

/** One run in a fresh process: ingest a JSONL file into a new store, then add single articles one at a time. */
const [input = '', singles = '', file = ''] = process.argv.slice(2);
const read = async (path: string) => (await ingest([path])).articles;
rmSync(file, { force: true });
const store = await openSqliteStore(file, { create: true });
const articles = await read(input);
const start = performance.now();
const summary = await ingestArticles(store, articles);
const seconds = (performance.now() - start) / 1000;
const bulkRss = peakRssMiB();
const extra = await read(singles);
const cold: number[] = [];
for (const a of extra.slice(0, 5)) {
  const t = performance.now();
  await ingestArticles(store, [a]);
  cold.push(performance.now() - t);
}
const index = await openLiveIndex(store);
const warm: number[] = [];
for (const a of extra.slice(5)) {
  const t = performance.now();
  await ingestArticles(store, [a], { index });
  warm.push(performance.now() - t);
}
const stories = (await store.stories()).length;
await store.close();
console.log(JSON.stringify({ articles: summary.added, stories, seconds, bulkRss, peakRss: peakRssMiB(), cold, warm }));
