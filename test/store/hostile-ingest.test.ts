import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../src/nlp/index.js';
import { runCli } from '../helpers/run-cli.js';

// Invented reports from the fictional harbour town of Quillon.
const GOOD = 'The invented harbour of Quillon reopened on Monday after a year of dredging, the port authority said.';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'triangulate-hostile-ingest-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('ingest into a store under hostile input', () => {
  it('bounds an over-long article as analyze does, says so, and stores it beside the good one', async () => {
    const long = `${GOOD} ${'Quillon harbour dredging resumed again. '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 30))}`;
    const input = join(folder, 'quillon.jsonl');
    const lines = [
      { id: 'quillon-good', outlet: 'Fen Post', text: GOOD },
      { id: 'quillon-long', outlet: 'Marsh Courier', text: long },
    ];
    await writeFile(input, lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = await runCli(['ingest', input, '--db', join(folder, 'news.db')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/note .*quillon\.jsonl: only the first \d+ of its \d+ characters analysed/);
    expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
    expect(run.stdout).toMatch(/: 2 new, 0 already stored, 0 skipped; 1 story touched/);
  }, 120_000);
});
