import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, MAX_RUN_CHARS } from '../../src/nlp/index.js';
import { runCli } from '../helpers/run-cli.js';
import { analyzeHostile } from './analysis-helpers.js';
import { HOSTILE_TEXTS, hostileArticle, writeInput } from './analysis-inputs.js';

const LONG_RUN = new RegExp(`${MAX_RUN_CHARS + 1} characters|more than ${MAX_RUN_CHARS} characters without a space`);

describe('runs without spaces are left out of NLP, and the user is told', () => {
  it.each([
    ['a run of 100,000 hyphens', HOSTILE_TEXTS.dashRun?.(100_000)],
    ['40 KB of glued quotation marks', HOSTILE_TEXTS.markRun?.(40_000)],
    ['10,000 quotation marks in a row', '"'.repeat(10_000)],
  ])('%s', async (_, body) => {
    const analysis = await analyzeHostile('run.txt', hostileArticle(`The ferry resumed. ${body} The tower stood.`));
    expect(analysis.diagnostics.map((d) => [d.severity, d.reason])).toEqual([
      ['warning', expect.stringMatching(LONG_RUN)],
    ]);
    expect(analysis.docs[0]?.sentences.map((s) => s.text)).toEqual(['The ferry resumed.', 'The tower stood.']);
  });

  it('a 9.9 MB token and a 9.9 MB run of "1,1,1,…": both named on standard error, the article kept', async () => {
    for (const body of ['x'.repeat(9_900_000), HOSTILE_TEXTS.digitRun?.(9_900_000) ?? '']) {
      const path = writeInput('token.txt', hostileArticle(body));
      const run = await runCli(['analyze', path, '--format', 'json']);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain(`triangulate: note ${path}: 1 run(s) of more than ${MAX_RUN_CHARS} characters`);
      expect(run.stderr).toContain(`triangulate: note ${path}: only the first`);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect((JSON.parse(run.stdout) as { articles: unknown[] }).articles).toHaveLength(1);
    }
  }, 120_000);
});

describe('a long article is analysed up to a bound, the rest kept and marked', () => {
  it('analyses the first 200,000 characters of a 1 MB one-line text and says so', async () => {
    const analysis = await analyzeHostile('line.txt', hostileArticle(HOSTILE_TEXTS.oneLine?.(1_000_000) ?? ''));
    const doc = analysis.docs[0];
    expect(doc?.article.text.length).toBeGreaterThan(999_000);
    expect(Math.max(...(doc?.sentences.map((s) => s.end) ?? []))).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(analysis.diagnostics.map((d) => d.reason)).toEqual([
      expect.stringMatching(/^only the first \d+ of its \d+ characters analysed \(the rest is kept in the article\)$/),
    ]);
  }, 120_000);
});
