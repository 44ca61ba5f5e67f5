import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES } from '../test/fuzz/cases.js';
import { generateCorpus } from '../test/fuzz/generate.js';
import { CASE_TIMEOUT_MS, runFuzz } from '../test/fuzz/run.js';
import { countOutcomes, failureLines, summaryTable } from '../test/fuzz/summary.js';
import { machine } from './lib.js';

/** The fuzz suite at full size: `FUZZ_SEED`, `FUZZ_COUNT`, `FUZZ_BATCH`, `FUZZ_PARALLEL`, `FUZZ_TIMEOUT_S` override. */
const setting = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const seed = setting('FUZZ_SEED', 20_261_206);
const count = setting('FUZZ_COUNT', 5000);
const dir = mkdtempSync(join(tmpdir(), 'triangulate-fuzz-'));
try {
  const started = performance.now();
  const manifest = generateCorpus(seed, count, dir);
  const files = manifest.cases.reduce((n, c) => n + c.files.length, 0);
  const result = await runFuzz(manifest, dir, {
    batchSize: setting('FUZZ_BATCH', 10),
    parallel: setting('FUZZ_PARALLEL', 2),
    caseTimeoutMs: setting('FUZZ_TIMEOUT_S', CASE_TIMEOUT_MS / 1000) * 1000,
    onProgress: (done) => process.stderr.write(`fuzz: ${done}/${count} cases\r`),
  });
  const counts = countOutcomes(result);
  console.log(`fuzz (${machine()})`);
  console.log(`  seed ${seed}: ${manifest.cases.length} cases, ${files} files, ${CATEGORIES.length} categories`);
  console.log(
    `  ${Object.entries(counts)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `  ${result.runs} runs; slowest run ${result.maxSeconds.toFixed(1)} s; peak RSS ${result.maxRssMiB?.toFixed(0) ?? 'unmeasured'} MiB; all in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(summaryTable(result));
  for (const line of failureLines(result)) console.log(line);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
