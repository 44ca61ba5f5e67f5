import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { runCli, runCliOnTerminal } from '../helpers/run-cli.js';

const folder = await mkdtemp(join(tmpdir(), 'triangulate-progress-'));
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const INPUTS = ['test/fixtures/ingest/dated.txt', 'test/fixtures/ingest/labelled.md'];

describe('progress', () => {
  it('draws a bar fitted to the terminal width', () => {
    expect(progressLine('articles', 12, 24, 80)).toBe(`articles [${'#'.repeat(20)}${'-'.repeat(20)}] 12/24`);
    expect(progressLine('feeds', 1, 3, 30)).toBe(`feeds [${'#'.repeat(6)}${'-'.repeat(11)}] 1/3`);
    expect(progressLine('feeds', 1, 3, 30).length).toBeLessThan(30);
    expect(progressLine('feeds', 0, 0, 30)).toBe(`feeds [${'#'.repeat(17)}] 0/0`);
  });

  it('ingest prints one summary line and no bar when standard error is not a terminal', async () => {
    const run = await runCli(['ingest', '--db', join(folder, 'plain.db'), ...INPUTS]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^ingested into .+plain\.db: 2 new, 0 already stored, 0 skipped; \d+ stor(y|ies) touched\n$/,
    );
    expect(run.stderr).toBe('');
  });

  it('ingest redraws a bar on a terminal, erases it, then prints the same summary line', async () => {
    const { status, stdout, drawn } = await runCliOnTerminal(['ingest', '--db', join(folder, 'tty.db'), ...INPUTS], 60);
    expect(status).toBe(0);
    expect(drawn).toEqual([`\r\u001b[2Karticles [${'#'.repeat(40)}] 2/2`, '\r\u001b[2K']);
    expect(stdout).toMatch(/^ingested into .+tty\.db: 2 new, 0 already stored, 0 skipped; /);
  });
});
