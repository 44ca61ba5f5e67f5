import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport, SHARED } from '../helpers/check-report.js';
import { runCli } from '../helpers/run-cli.js';

/** Every tenth ECB+ and MEANTIME article: real text nobody here wrote, many stories at once. */
const sample = async (corpus: string, every: number): Promise<string> => {
  const lines = (await readFile(join(SHARED, 'data', corpus, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean);
  return lines.filter((_, i) => i % every === 0).join('\n');
};

describe('grounding on real text', () => {
  it('keeps every citation true over a mixed sample of real articles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-ground-'));
    await writeFile(join(dir, 'ecbplus.jsonl'), await sample('ecbplus', 10));
    await writeFile(join(dir, 'meantime.jsonl'), await sample('meantime', 4));
    const run = await runCli(['analyze', dir, '--format', 'json']);
    expect(run.status).toBe(0);
    const check = checkReport(run.stdout);
    expect(check.output).toMatch(/^check-report: 0 problems; 62 articles/m);
  });
});
