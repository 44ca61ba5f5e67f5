/**
 * Scaling on hostile inputs (`npm run bench -- hostile`): each invented text at n and 4n characters (below the
 * per-article bound, so the real cost curve shows), and a feed of near-identical items at n and 4n items. A ratio near
 * 4 is linear; 16 would be quadratic. Each run is the whole engine in a fresh process (`analyze-once.ts`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_TEXTS, hostileArticle, nearIdenticalFeed } from '../test/hostile/analysis-inputs.js';
import { machine, median, runIsolated } from './lib.js';

interface Run {
  readonly seconds: number;
  readonly peakRssMiB: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const SIZE = Number(process.env.BENCH_HOSTILE_CHARS ?? 40_000);
const ITEMS = Number(process.env.BENCH_HOSTILE_ITEMS ?? 150);
const dir = mkdtempSync(join(tmpdir(), 'triangulate-hostile-'));

const timed = (name: string, content: string): Run => {
  const file = join(dir, name);
  writeFileSync(file, content);
  const runs = Array.from({ length: RUNS }, () => runIsolated<Run>('bench/analyze-once.ts', [file]));
  return { seconds: median(runs.map((r) => r.seconds)), peakRssMiB: median(runs.map((r) => r.peakRssMiB)) };
};

const line = (label: string, small: Run, large: Run): void =>
  console.log(
    `  ${label.padEnd(20)} ${small.seconds.toFixed(2)} s → ${large.seconds.toFixed(2)} s  ` +
      `ratio ${(large.seconds / small.seconds).toFixed(1)}  peak RSS ${large.peakRssMiB.toFixed(0)} MiB`,
  );

console.log(`hostile inputs, n → 4n (ratio 4 is linear) · ${machine()} · median of ${RUNS} run(s)`);
for (const [name, make] of Object.entries(HOSTILE_TEXTS)) {
  const [small, large] = [SIZE, 4 * SIZE].map((size) => timed(`${name}-${size}.txt`, hostileArticle(make(size))));
  if (small && large) line(`${name} ${SIZE / 1000}k→${(4 * SIZE) / 1000}k`, small, large);
}
const [small, large] = [ITEMS, 4 * ITEMS].map((n) => timed(`feed-${n}.xml`, nearIdenticalFeed(n)));
if (small && large) line(`feed ${ITEMS}→${4 * ITEMS} items`, small, large);
