import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../helpers/check-report.js';

const bin = (args: readonly string[], input?: string) =>
  spawnSync(process.execPath, ['bin/triangulate.js', ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

describe('the installed triangulate command', () => {
  it('analyses a seed article piped on standard input', () => {
    const text = readFileSync(`${SEEDS}/003_600098fa7e119347.txt`, 'utf8');
    const run = bin(['analyze', '-', '--format', 'json'], text);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { articles: { source: string; outlet: string; published: string }[] };
    expect(report.articles).toEqual([
      expect.objectContaining({ source: '<stdin>', outlet: 'AP', published: '2024-11-04' }),
    ]);
  });

  it('runs the example from the README', () => {
    const run = bin(['analyze', 'examples/council-vote']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^## Marlow Bay votes for \$14 million seawall$/m);
  });

  it('exits 2 on a usage error and 1 when nothing is readable', () => {
    expect(bin(['analyze', '--format']).status).toBe(2);
    const nothing = bin(['analyze', 'no/such/dir']);
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toContain('skipped no/such/dir: no such file or directory');
  });
});
