import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase, Manifest } from './cases.js';
import { judgeCase, judgeRun, type Problem } from './classify.js';
import { runAnalyze } from './exec.js';
import { inventArticle } from './invented.js';
import { Rng } from './prng.js';

/** The bound for one case, run with the other inputs. */
export const CASE_TIMEOUT_MS = 30_000;

export interface RunOptions {
  /** Cases per command-line run, beside one known-good article. */
  readonly batchSize: number;
  /** Command-line runs at once (the machine has 2 cores). */
  readonly parallel: number;
  /** Per case (a batch gets twice this); the bound is 30 s. */
  readonly caseTimeoutMs?: number;
  readonly onProgress?: (doneCases: number) => void;
}

export interface CaseResult {
  readonly fuzzCase: FuzzCase;
  readonly problems: readonly Problem[];
}

export interface FuzzResult {
  readonly results: readonly CaseResult[];
  readonly runs: number;
  readonly maxSeconds: number;
  readonly maxRssMiB: number | null;
}

interface Planted {
  readonly path: string;
  readonly marker: string;
}

/** A known-good invented article per batch: losing it means a bad input took the good ones down with it. */
const plant = (dir: string, n: number): Planted => {
  const a = inventArticle(new Rng(n), 1_000_000 + n);
  const path = `planted-${n}.txt`;
  writeFileSync(join(dir, path), `${a.title}\n${a.text}\n`);
  return { path, marker: a.marker };
};

/** Runs the fuzz cases through the built command in batches; a batch with a run-wide failure is rerun case by case. */
export const runFuzz = async (manifest: Manifest, dir: string, options: RunOptions): Promise<FuzzResult> => {
  const stats = { runs: 0, maxSeconds: 0, maxRssMiB: null as number | null };
  const runBatch = async (cases: readonly FuzzCase[], planted: Planted): Promise<CaseResult[]> => {
    const inputs = [...cases.flatMap((c) => c.inputs), planted.path];
    const run = await runAnalyze(inputs, dir, (options.caseTimeoutMs ?? CASE_TIMEOUT_MS) * Math.min(2, cases.length));
    stats.runs++;
    stats.maxSeconds = Math.max(stats.maxSeconds, run.seconds);
    if (run.rssMiB !== null) stats.maxRssMiB = Math.max(stats.maxRssMiB ?? 0, run.rssMiB);
    const judged = judgeRun(run, planted.marker, inputs.join(' '));
    if (!('outcome' in judged))
      return cases.map((fuzzCase) => ({ fuzzCase, problems: judgeCase(fuzzCase, judged, run.stdout) }));
    const [only] = cases;
    if (cases.length === 1 && only) return [{ fuzzCase: only, problems: [{ ...judged, file: only.inputs.join(' ') }] }];
    const alone: CaseResult[] = [];
    for (const c of cases) alone.push(...(await runBatch([c], planted)));
    return alone;
  };
  const batches: FuzzCase[][] = [];
  for (let i = 0; i < manifest.cases.length; i += options.batchSize)
    batches.push(manifest.cases.slice(i, i + options.batchSize));
  const results: CaseResult[][] = [];
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      const batch = batches[index] ?? [];
      results[index] = await runBatch(batch, plant(dir, index));
      done += batch.length;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, worker));
  return { results: results.flat(), ...stats };
};
