import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { StoryChanges } from '../../src/report/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { checkReport, SEEDS, SHARED } from '../helpers/check-report.js';
import { runCli } from '../helpers/run-cli.js';

const ECB = join(SHARED, 'data/ecbplus/articles.jsonl');
const FIFTH = resolve('test/fixtures/store/fifth-report.txt');

interface StoriesJson {
  stories: {
    id: string;
    headline: string;
    articleCount: number;
    articleIds: string[];
    version: number;
    updated: string;
  }[];
}

let folder: string;
let db: string;
let seedIds: string[];

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const storiesJson = async (...args: string[]): Promise<StoriesJson> =>
  JSON.parse((await cli('stories', '--format', 'json', ...args)).stdout) as StoriesJson;
const seedStory = async () => (await storiesJson()).stories.find((s) => s.articleIds.includes(seedIds[0] ?? ''));

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'triangulate-cli-store-'));
  db = join(folder, 'news.db');
  seedIds = (await ingest([SEEDS])).articles.map((a) => a.id);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

// One store grows through the steps below, in order, as a journalist's would through a day.
describe('triangulate ingest, stories, report and changes on one store', () => {
  it('files the four seed reports as one story', async () => {
    const run = await cli('ingest', SEEDS);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`ingested into ${db}: 4 new, 0 already stored, 0 skipped; 1 story touched\n`);
    const { stories } = await storiesJson();
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ articleCount: 4, articleIds: seedIds, version: 1 });
    expect(stories[0]?.id).toMatch(/^s-[A-Za-z0-9_-]{10}$/);
  });

  it('changes nothing when the same reports come again', async () => {
    const before = await storiesJson();
    const run = await cli('ingest', SEEDS);
    expect(run.stdout).toBe(`ingested into ${db}: 0 new, 4 already stored, 0 skipped; 0 stories touched\n`);
    expect(await storiesJson()).toEqual(before);
  });

  it('keeps the seed story and its id when 462 ECB+ articles arrive', async () => {
    const before = await seedStory();
    const run = await cli('ingest', ECB);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: 462 new, 0 already stored, 0 skipped; \d+ stories touched\n$/);
    const after = await seedStory();
    expect(after).toEqual(before);
    const { stories } = await storiesJson();
    expect(stories.reduce((n, s) => n + s.articleCount, 0)).toBe(466);
    const updated = stories.map((s) => s.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  }, 300_000);

  it('serves the stored report, which the contract checker accepts', async () => {
    const id = (await seedStory())?.id ?? '';
    const run = await cli('report', id, '--format', 'json');
    expect(run.status).toBe(0);
    expect(checkReport(run.stdout).summary).toMatch(/^check-report: 0 problems; 4 articles, 1 stories/);
    const markdown = await cli('report', id);
    expect(markdown.stdout).toContain('## 8,000 North Korean troops in Kursk could join Ukraine war in days');
  });

  it('finds stories by headline and by article text', async () => {
    const id = (await seedStory())?.id;
    expect((await storiesJson('--search', 'Blinken')).stories.map((s) => s.id)).toEqual([id]);
    const reid = await storiesJson('--search', 'Tara Reid Promises');
    expect(reid.stories.length).toBeGreaterThan(0);
    expect(reid.stories.map((s) => s.id)).not.toContain(id);
    expect((await storiesJson('--since', '2999-01-01')).stories).toEqual([]);
  });

  it('shows a fifth report of the event, added later, in changes --since', async () => {
    const id = (await seedStory())?.id ?? '';
    const since = new Date().toISOString();
    await new Promise((done) => setTimeout(done, 5));
    const run = await cli('ingest', FIFTH);
    expect(run.stdout).toMatch(/: 1 new, 0 already stored, 0 skipped; 1 story touched\n$/);
    const fifthId = (await ingest([FIFTH])).articles[0]?.id;
    const changes = JSON.parse((await cli('changes', id, '--since', since, '--format', 'json')).stdout) as StoryChanges;
    expect(changes).toMatchObject({ storyId: id, fromVersion: 1, toVersion: 2, articlesAdded: [fifthId] });
    const quote = changes.quotes.added.find((q) => q.speaker === 'Orla Fennimore');
    expect(quote?.citations).toEqual([{ articleId: fifthId, sentence: expect.any(Number) }]);
    expect(changes.numbers.added.map((n) => n.value)).toContain(12000);
    expect(changes.claims.statusChanged.every((c) => c.from !== c.to)).toBe(true);
    const byVersion = await cli('changes', id, '--since', '1', '--format', 'json');
    expect(JSON.parse(byVersion.stdout)).toEqual(changes);
    const markdown = (await cli('changes', id, '--since', since)).stdout;
    expect(markdown).toContain('## New articles (1)');
    expect(markdown).toContain('Orla Fennimore: “This is the first time');
    expect((await cli('changes', id, '--since', '2')).stdout).toContain('Nothing changed.');
  });

  it('answers a merged-away id with a note and the surviving story', async () => {
    const id = (await seedStory())?.id ?? '';
    const other = (await storiesJson('--search', 'Tara Reid Promises')).stories[0]?.id ?? '';
    const store = await openSqliteStore(db, { create: false });
    await store.write((w) => w.mergeStories(id as never, other as never, new Date().toISOString()));
    await store.close();
    const run = await cli('report', other, '--format', 'json');
    expect(run.stderr).toBe(`triangulate: note: story ${other} was merged into ${id}; showing ${id}\n`);
    expect(JSON.parse(run.stdout).stories[0].id).toBe(id);
  });

  it('names the missing story, version or store, and exits 1; usage mistakes exit 2', async () => {
    const missing = await cli('report', 's-nothere123');
    expect([missing.status, missing.stderr]).toEqual([
      1,
      `triangulate: no story 's-nothere123': no story with this id in ${db} (triangulate stories lists them)\n`,
    ]);
    const id = (await seedStory())?.id ?? '';
    const version = await cli('changes', id, '--since', '9');
    expect([version.status, version.stderr]).toEqual([
      1,
      `triangulate: no ${id} version 9: the story has versions 1 to 2\n`,
    ]);
    const noStore = await runCli(['stories', '--db', join(folder, 'absent.db')]);
    expect(noStore.status).toBe(1);
    expect(noStore.stderr).toContain('no store at');
    expect((await cli('changes', id)).status).toBe(2);
    expect((await cli('stories', '--since', 'yesterday')).status).toBe(2);
    expect((await cli('report', id, '--format', 'pdf')).status).toBe(2);
  });
});
