import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const CONFIG = path.join(ROOT, 'test', 'fixtures', 'reporter', 'vitest.config.ts');

describe('the closing summary line', () => {
  it('counts a failed beforeAll, a file that fails to load and an unhandled error as failures', () => {
    const run = spawnSync(process.execPath, [VITEST, 'run', '--config', CONFIG], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 90_000,
    });
    const lines = run.stdout.trim().split('\n');
    // 2 passed; failed: 1 assertion + 2 tests under the broken beforeAll + 1 file that did not load + 1 unhandled error.
    expect(lines.at(-1)).toBe('2 passed, 5 failed, 1 skipped');
    expect(run.status).toBe(1);
  });
});
