import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../src/cluster/index.js';
import type { Article, StoryAnalysis } from '../../src/doc/index.js';
import { ingest } from '../../src/ingest/index.js';
import { analyzeArticles, analyzeStory } from '../../src/pipeline/index.js';
import { type Report, type ReportArticle, renderJson, toReport } from '../../src/report/index.js';
import { shuffle } from '../cluster/evaluation.js';
import { SEEDS, SHARED } from '../helpers/check-report.js';
import { runCli } from '../helpers/run-cli.js';
import { invented, reportOf } from './pier-fixtures.js';

/** ECB+ topics small enough to keep the run short, with several stories each (70 articles). */
const ECB_TOPICS = new Set(['ecb-3', 'ecb-6', 'ecb-11', 'ecb-16']);
const EXAMPLE = resolve(process.cwd(), 'examples/council-vote');

/** The input as given, reversed, then in fixed shuffles (`count` orders in all). */
const orders = <T>(items: readonly T[], count: number): T[][] =>
  [[...items], [...items].reverse(), shuffle(items, 7), shuffle(items, 31)].slice(0, count);

const expectSameReport = (articles: readonly Article[], count = 4): Report => {
  const [first, ...others] = orders(articles, count).map(reportOf);
  for (const other of others) expect(other).toBe(first);
  return JSON.parse(first ?? '') as Report;
};

/** Dated articles first, by date; then undated ones; ties by id. */
const canonical = (a: ReportArticle, b: ReportArticle): number => {
  if (a.published !== b.published) {
    if (a.published === null || b.published === null) return a.published === null ? 1 : -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const expectCanonicalOrder = (report: Report): void => {
  expect(report.articles.map((a) => a.id)).toEqual([...report.articles].sort(canonical).map((a) => a.id));
  const position = new Map(report.articles.map((a, i) => [a.id, i]));
  for (const story of report.stories) {
    const at = story.articleIds.map((id) => position.get(id) ?? -1);
    expect(at).toEqual([...at].sort((x, y) => x - y));
  }
};

describe('the report does not depend on the order articles arrive in', () => {
  it('gives byte-identical JSON for the four seed reports in any order', async () => {
    const { articles } = await ingest([SEEDS]);
    const report = expectSameReport(articles);
    expect(report.stories).toHaveLength(1);
    expectCanonicalOrder(report);
  });

  it('gives byte-identical JSON for invented reports with tied dates, titles and apostrophes', () => {
    const report = expectSameReport(invented());
    expectCanonicalOrder(report);
    const pier = report.stories.find((s) => s.articleIds.includes('pier-courier'));
    expect(pier?.articleIds).toContain('pier-tidewater');
    // two titles of the same day: the shorter one heads the story, whichever arrived first
    expect(pier?.headline).toBe('Pier gives way at Carrow Vale');
    expect(report.articles.map((a) => a.id)).toEqual(['pier-courier', 'pier-tidewater', 'pier-inquiry', 'pier-radio']);
  });

  it('gives byte-identical JSON for a 70-article ECB+ sample in any order', async () => {
    const { articles } = await ingest([join(SHARED, 'data/ecbplus/articles.jsonl')]);
    const sample = articles.filter((a) => ECB_TOPICS.has(a.id.split('_')[0] ?? ''));
    expect(sample).toHaveLength(70);
    const report = expectSameReport(sample, 3);
    expect(report.stories.length).toBeGreaterThan(4);
    expectCanonicalOrder(report);
  });
});

describe('one story re-analysed from its articles in arrival order, as a store does', () => {
  it('matches the batch run byte for byte', () => {
    const batch = analyzeArticles(invented());
    const arrived = [...batch.docs].reverse();
    const stories = clusterArticles(arrived);
    expect(stories[0]?.articleIds).not.toEqual(batch.stories[0]?.articleIds);
    const again = stories.map((story) =>
      analyzeStory(
        story,
        arrived.filter((d) => story.articleIds.includes(d.article.id)),
      ),
    );
    const byId = (list: readonly StoryAnalysis[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(renderJson(toReport(batch.docs, byId(again)))).toBe(renderJson(toReport(batch.docs, byId(batch.stories))));
  });
});

describe('triangulate analyze with its inputs in another order', () => {
  it('writes the same JSON for the seed files and the council-vote example, forwards and backwards', async () => {
    const files = [
      ...readdirSync(SEEDS).map((f) => join(SEEDS, f)),
      ...readdirSync(EXAMPLE).map((f) => join(EXAMPLE, f)),
    ].filter((f) => f.endsWith('.txt'));
    const forwards = await runCli(['analyze', '--format', 'json', ...files]);
    const backwards = await runCli(['analyze', '--format', 'json', ...[...files].reverse()]);
    expect(forwards.status).toBe(0);
    expect(JSON.parse(forwards.stdout).stories.length).toBeGreaterThanOrEqual(2);
    expect(backwards.stdout).toBe(forwards.stdout);
  });

  it('writes the same Markdown brief, labels included', async () => {
    const files = readdirSync(EXAMPLE).map((f) => join(EXAMPLE, f));
    const forwards = await runCli(['analyze', ...files]);
    const backwards = await runCli(['analyze', ...[...files].reverse()]);
    expect(forwards.status).toBe(0);
    expect(backwards.stdout).toBe(forwards.stdout);
  });

  it('keeps the same copy of an article given twice, whichever name comes first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-order-'));
    const copies = [join(dir, 'first.txt'), join(dir, 'second.txt')];
    for (const copy of copies) await copyFile(join(EXAMPLE, 'bay-radio.txt'), copy);
    const forwards = await runCli(['analyze', '--format', 'json', ...copies]);
    const backwards = await runCli(['analyze', '--format', 'json', ...[...copies].reverse()]);
    expect(JSON.parse(forwards.stdout).articles.map((a: { source: string }) => a.source)).toEqual([copies[0]]);
    expect(backwards.stdout).toBe(forwards.stdout);
    expect(backwards.stderr).toBe(forwards.stderr);
  });
});
