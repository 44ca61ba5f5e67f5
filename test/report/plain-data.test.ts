import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { reportSchema, toReport } from '../../src/report/index.js';
import { SEEDS } from '../helpers/docs.js';

describe('the analysis as plain data', async () => {
  const { articles } = await ingest([SEEDS], {});
  const analysis = analyzeArticles(articles);

  it('survives a JSON round trip unchanged: no maps, sets, undefined or class instances', () => {
    expect(JSON.parse(JSON.stringify(analysis.stories))).toStrictEqual(analysis.stories);
  });

  it('keeps its notes as data that the report puts in words', () => {
    const claims = analysis.stories.flatMap((s) => s.claims);
    const primary = claims.flatMap((c) => c.notes).find((n) => n.kind === 'primary-source');
    expect(primary).toMatchObject({ kind: 'primary-source', outlets: 4, source: 'Antony Blinken' });
    const report = toReport(analysis.docs, analysis.stories);
    const worded = report.stories
      .flatMap((s) => s.claims)
      .find((c) => c.notes.some((n) => n.kind === 'primary-source'));
    expect(worded?.note).toMatch(/^4 outlets, 1 original source: Antony Blinken/);
  });

  it('gives a report its own schema accepts, and rejects one with a citation that is not an index', () => {
    const report = JSON.parse(JSON.stringify(toReport(analysis.docs, analysis.stories)));
    expect(reportSchema.safeParse(report).success).toBe(true);
    report.stories[0].claims[0].citations[0].sentence = -1;
    expect(reportSchema.safeParse(report).success).toBe(false);
  });
});
