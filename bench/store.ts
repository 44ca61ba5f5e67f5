import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machine, median, runIsolated } from './lib.js';

interface Run {
  readonly articles: number;
  readonly stories: number;
  readonly seconds: number;
  readonly bulkRss: number;
  readonly peakRss: number;
  readonly cold: readonly number[];
  readonly warm: readonly number[];
}

const SIZES = (process.env.BENCH_STORE_SIZES ?? '1000').split(',').map(Number);
const SINGLES = 45;
const corpus = resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);

/** ECB+ again under new ids with one invented closing line, so every repeat is a new article (a near copy). */
const corpusOf = (size: number, tag: string): string =>
  Array.from({ length: size }, (_, i) => {
    const a = JSON.parse(lines[i % lines.length] ?? '{}') as { id: string; text: string };
    return JSON.stringify({ ...a, id: `${a.id}-${tag}${i}`, text: `${a.text}\nFiled again as ${tag} ${i}.` });
  }).join('\n');

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

console.log(`store (ingest into SQLite, then add single articles) · ${machine()} · one run per size, fresh process`);
const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-store-'));
for (const size of SIZES) {
  const input = join(dir, `bulk-${size}.jsonl`);
  const singles = join(dir, `singles-${size}.jsonl`);
  writeFileSync(input, corpusOf(size, 'bulk'));
  writeFileSync(singles, corpusOf(SINGLES + 5, 'single'));
  const run = runIsolated<Run>('bench/store-once.ts', [input, singles, join(dir, `store-${size}.db`)]);
  console.log(
    `  ingest ${run.articles} articles → ${run.stories} stories  ${run.seconds.toFixed(1)} s  ` +
      `${(run.articles / run.seconds).toFixed(1)} articles/s  peak RSS ${run.bulkRss.toFixed(0)} MiB`,
  );
  console.log(
    `  add one article to a store of ${size} (NLP, filing, its story re-analysed), warm process: ` +
      `p50 ${median(run.warm).toFixed(0)} ms  p99 ${percentile(run.warm, 99).toFixed(0)} ms  (${run.warm.length} adds)`,
  );
  console.log(
    `  same, as a fresh CLI run would (index rebuilt from stored features): median ${median(run.cold).toFixed(0)} ms ` +
      `(${run.cold.length} adds); peak RSS ${run.peakRss.toFixed(0)} MiB`,
  );
}
rmSync(dir, { recursive: true, force: true });
