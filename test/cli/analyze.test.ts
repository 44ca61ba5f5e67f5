import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/index.js';
import { checkReport, SEEDS } from '../helpers/check-report.js';
import { runCli } from '../helpers/run-cli.js';

describe('triangulate analyze on the reference story', () => {
  it('writes a contract report the checker accepts', async () => {
    const run = await runCli(['analyze', SEEDS, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.articles.map((a) => [a.source.split('/').pop(), a.published])).toEqual([
      ['000_83e4f9625e3de2c1.txt', '2024-10-31'],
      ['003_600098fa7e119347.txt', '2024-11-04'],
      ['004_094693770a6d5a6a.txt', null],
      ['002_8a35b766315c3b7e.txt', null],
    ]);
    expect(report.articles.map((a) => a.title)).toEqual([
      null,
      null,
      '8,000 of the troops Kim Jong Un sent to support Russia are about to hit the front lines, the US says',
      '8,000 North Korean troops in Kursk could join Ukraine war in days, Blinken says',
    ]);
    expect(report.articles.map((a) => a.outlet)).toEqual(['NPR', 'AP', null, null]);
    expect(report.articles.map((a) => a.referenceDate)).toEqual([
      '2024-10-31',
      '2024-11-04',
      '2024-11-04',
      '2024-11-04',
    ]);
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]?.articleIds).toEqual(report.articles.map((a) => a.id));
    const check = checkReport(run.stdout);
    expect(check.output).toMatch(/^check-report: 0 problems; 4 articles, 1 stories/m);
  });

  it('splits sentences so they read naturally', async () => {
    const report = JSON.parse((await runCli(['analyze', SEEDS, '--format', 'json'])).stdout) as Report;
    const [npr, ap, , usa] = report.articles;
    expect(npr?.sentences[0]).toBe('MARY LOUISE KELLY, HOST:');
    expect(npr?.sentences).toContain('That is according to the latest U.S. intelligence reports.');
    expect(npr?.sentences).toContain('LLOYD AUSTIN: Make no mistake.');
    expect(usa?.sentences[0]).toBe('NATO, U.S. warn North Korea against sending troops to help Russia');
    expect(usa?.sentences).toContain('The war, Blinken said, is a “meat grinder of his own making.”');
    expect(ap?.sentences).toContain(
      'And then we will no longer be talking about psychological impact, but about real impact.”',
    );
    expect(ap?.sentences.at(-1)).toBe('(AP)');
    for (const a of report.articles) for (const s of a.sentences) expect(s).not.toMatch(/^\s|\s$|\n/);
  });

  it('merges entities across spellings and articles', async () => {
    const report = JSON.parse((await runCli(['analyze', SEEDS, '--format', 'json'])).stdout) as Report;
    const ids = report.articles.map((a) => a.id);
    const [npr, ap, bi, usa] = ids;
    const entity = (name: string) => report.stories[0]?.entities.find((e) => e.name === name);
    expect(entity('Antony Blinken')).toMatchObject({ type: 'person', variants: ['Anthony Blinken'] });
    expect(entity('Antony Blinken')?.articleIds).toHaveLength(4);
    expect(entity('Lloyd Austin')?.articleIds).toHaveLength(4);
    expect([...(entity('Volodymyr Zelenskyy')?.articleIds ?? [])].sort()).toEqual([ap, bi].sort());
    expect(entity('Kim Jong Un')?.articleIds).toEqual([bi]);
    expect(entity('Kursk')).toMatchObject({ type: 'place' });
    expect(entity('Kursk')?.articleIds).toHaveLength(4);
    expect(entity('Vladimir Putin')?.articleIds).toHaveLength(4);
    expect(entity('Michele Kelemen')?.articleIds).toEqual([npr]);
    expect(report.stories[0]?.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Kremlin');
    expect(usa).toBeDefined();
  });

  it('is deterministic: the same inputs give the same bytes', async () => {
    const a = await runCli(['analyze', SEEDS, '--format', 'json']);
    const b = await runCli(['analyze', SEEDS, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes Markdown to --out', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'triangulate-out-')), 'brief.md');
    const run = await runCli(['analyze', SEEDS, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(/^## 8,000 North Korean troops in Kursk could join Ukraine war in days, Blinken says$/m);
    expect(md).toMatch(/^- \*\*NPR\*\* — \(untitled\) — 2024-10-31 — /m);
    expect(md).toContain('undated (read as of 2024-11-04)');
  });
});

describe('exit status', () => {
  it('is 2 for usage errors, with the usage', async () => {
    for (const argv of [
      [],
      ['analyse', 'x'],
      ['analyze'],
      ['analyze', 'x', '--format', 'pdf'],
      ['analyze', 'x', '--bogus'],
    ]) {
      const run = await runCli(argv);
      if (argv.length === 0) expect(run.status).toBe(0);
      else {
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Usage:');
      }
    }
  });

  it('is 1 when nothing could be analysed, naming each input', async () => {
    const run = await runCli(['analyze', 'test/fixtures/does-not-exist.txt', 'test/fixtures/nope']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('triangulate: skipped test/fixtures/does-not-exist.txt: no such file or directory');
    expect(run.stderr).toContain('nothing to analyse');
  });

  it('is 0 when some inputs are skipped, and the good ones are analysed', async () => {
    const run = await runCli(['analyze', 'test/fixtures/ingest/dated.txt', 'missing.txt', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('triangulate: skipped missing.txt: no such file or directory\n');
    expect((JSON.parse(run.stdout) as Report).articles).toHaveLength(1);
  });

  it('prints the version and help', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^triangulate \d+\.\d+\.\d+\n$/);
    expect((await runCli(['--help'])).stdout).toContain('triangulate analyze [options] <input>...');
  });
});
