import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Manifest } from './cases.js';
import { generateCorpus } from './generate.js';
import { type FuzzResult, runFuzz } from './run.js';
import { failureLines } from './summary.js';

/** Small and fixed, so `npm test` is repeatable; `npm run bench -- fuzz` runs thousands of cases. */
const SEED = 14;
const CASES = 4 * CATEGORIES.length;

let dir: string;
let manifest: Manifest;
let result: FuzzResult;

// The long bound only stops a runaway suite: a failing branch splits batches and waits out its hangs.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-fuzz-'));
  manifest = generateCorpus(SEED, CASES, dir);
  result = await runFuzz(manifest, dir, { batchSize: CATEGORIES.length, parallel: 2 });
}, 900_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('fuzz suite', () => {
  it('generates the same corpus for the same seed, every category included', () => {
    const again = mkdtempSync(join(tmpdir(), 'triangulate-fuzz-again-'));
    try {
      expect(generateCorpus(SEED, CASES, again)).toEqual(manifest);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
    expect(new Set(manifest.cases.map((c) => c.category))).toEqual(new Set(CATEGORIES));
    expect(manifest.cases.some((c) => c.files.some((f) => f.good))).toBe(true);
  });

  it('reads every hostile input without a crash, hang, lost article, silent skip or leak', () => {
    expect(failureLines(result)).toEqual([]);
    expect(result.results).toHaveLength(CASES);
  });
});
