import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machine, median, runIsolated } from './lib.js';

interface Run {
  readonly articles: number;
  readonly stories: number;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly bcubedF1: number | null;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '500,1000,3000').split(',').map(Number);
const corpus = resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');

const report = (label: string, runs: readonly Run[]): number => {
  const seconds = median(runs.map((r) => r.seconds));
  console.log(
    `  ${label.padEnd(22)} ${runs[0]?.articles} articles → ${runs[0]?.stories} stories  ${seconds.toFixed(2)} s  ` +
      `${median(runs.map((r) => r.articles / r.seconds)).toFixed(1)} articles/s  peak RSS ${median(runs.map((r) => r.peakRssMiB)).toFixed(0)} MiB`,
  );
  return seconds;
};

console.log(
  `analyze (read, annotate, group, align, render JSON) · ${machine()} · median of ${RUNS} runs, each in a fresh process`,
);
const real = Array.from({ length: RUNS }, () => runIsolated<Run>('bench/analyze-once.ts', [corpus]));
report('ECB+ as given', real);
if (real[0]?.bcubedF1 != null)
  console.log(`  story grouping against the ECB+ gold events: B-cubed F1 ${real[0].bcubedF1.toFixed(3)}`);

/** Larger corpora for the cost curve: ECB+ repeated with new ids (the text is unchanged, so repeats are wire copies). */
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
const times = new Map<number, number>();
for (const size of SIZES) {
  const file = join(dir, `ecbplus-${size}.jsonl`);
  const replicated = Array.from({ length: size }, (_, i) => {
    const article = JSON.parse(lines[i % lines.length] ?? '{}') as { id: string };
    return JSON.stringify({ ...article, id: `${article.id}~${Math.floor(i / lines.length)}` });
  });
  writeFileSync(file, `${replicated.join('\n')}\n`);
  times.set(
    size,
    report(
      `ECB+ ×${(size / lines.length).toFixed(1)}`,
      Array.from({ length: RUNS }, () => runIsolated<Run>('bench/analyze-once.ts', [file])),
    ),
  );
}
const [small, large] = [SIZES[0], SIZES[SIZES.length - 1]];
if (small && large && small !== large) {
  const ratio = (times.get(large) ?? 0) / (times.get(small) ?? 1);
  console.log(`  ${large}/${small} time ratio: ${ratio.toFixed(2)} (size ratio ${(large / small).toFixed(1)})`);
}
