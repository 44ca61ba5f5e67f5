import { resolve } from 'node:path';
import { machine, median, runIsolated } from './lib.js';

interface Run {
  readonly articles: number;
  readonly stories: number;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly bcubedF1: number | null;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const corpus = resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');
const runs = Array.from({ length: RUNS }, () => runIsolated<Run>('bench/analyze-once.ts', [corpus]));
const first = runs[0];
console.log(`analyze · ${machine()}`);
console.log(
  `corpus: ECB+ articles.jsonl, ${first?.articles} articles → ${first?.stories} stories; median of ${RUNS} runs`,
);
console.log(`  wall time      ${median(runs.map((r) => r.seconds)).toFixed(2)} s`);
console.log(`  throughput     ${median(runs.map((r) => r.articles / r.seconds)).toFixed(1)} articles/s`);
console.log(`  peak RSS       ${median(runs.map((r) => r.peakRssMiB)).toFixed(0)} MiB`);
if (first?.bcubedF1 != null) console.log(`  story B-cubed F1 against the gold events: ${first.bcubedF1.toFixed(3)}`);
