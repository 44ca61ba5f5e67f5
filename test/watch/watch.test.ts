import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId } from '../../src/doc/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { runCli, runCliOnTerminal } from '../helpers/run-cli.js';
import { closedPort } from '../ingest-web/local-server.js';
import { type FeedServer, paragraphsOf, startFeedServer } from './feed-server.js';

const folder = await mkdtemp(join(tmpdir(), 'triangulate-watch-'));
let files = 0;
const freshDb = (): string => join(folder, `watch-${++files}.db`);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const SUMMARY =
  /^watched \d+ feeds? into .+: \d+ changed, \d+ unchanged, \d+ failed, \d+ waiting; \d+ new, \d+ already stored, \d+ skipped; \d+ stor(y|ies) touched\n$/;

/** Stored article texts by the page path they came from. */
const storedTexts = async (db: string): Promise<Map<string, string>> => {
  const store = await openSqliteStore(db, { create: false });
  try {
    const listed = await runCli(['stories', '--db', db, '--format', 'json']);
    const { stories } = JSON.parse(listed.stdout) as { stories: { articleIds: string[] }[] };
    const texts = new Map<string, string>();
    for (const id of stories.flatMap((s) => s.articleIds)) {
      const article = await store.article(articleId(id));
      if (article?.url) texts.set(new URL(article.url).pathname, article.text);
    }
    return texts;
  } finally {
    await store.close();
  }
};

const withStore = async <T>(db: string, use: (store: Store) => Promise<T>): Promise<T> => {
  const store = await openSqliteStore(db, { create: false });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

describe('watch --once over a loopback feed server', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await startFeedServer(['ferry-strike', 'ferry-talks']);
  });
  afterEach(async () => {
    await server.close();
  });

  it('stores the pages’ main text, asks conditionally next time, and fetches only the new item after a change', async () => {
    const db = freshDb();
    const feed = `${server.origin}/feed.rss`;
    const args = ['watch', '--once', '--allow-private', '--db', db, feed];

    const first = await runCli(args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(SUMMARY);
    expect(first.stdout).toContain('1 changed, 0 unchanged, 0 failed, 0 waiting; 2 new, 0 already stored, 0 skipped');
    expect(server.requests.map((r) => r.path)).toEqual(['/feed.rss', '/news/ferry-strike', '/news/ferry-talks']);
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    const texts = await storedTexts(db);
    expect([...texts.keys()].sort()).toEqual(['/news/ferry-strike', '/news/ferry-talks']);
    for (const paragraph of paragraphsOf('ferry-strike')) expect(texts.get('/news/ferry-strike')).toContain(paragraph);
    expect(texts.get('/news/ferry-strike')).not.toContain('Subscribe today');
    expect(texts.get('/news/ferry-talks')).not.toContain('Cookie settings');
    expect(server.maxPagesInFlight()).toBe(1);

    server.requests.length = 0;
    const second = await runCli(args);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 changed, 1 unchanged, 0 failed, 0 waiting; 0 new');
    expect(server.requests.map((r) => r.path)).toEqual(['/feed.rss']);
    expect(server.requests[0]?.headers['if-none-match']).toBe('"v2"');
    expect(server.requests[0]?.headers['if-modified-since']).toBe(new Date(Date.UTC(2032, 3, 12)).toUTCString());

    server.publish('orchard-fair');
    server.requests.length = 0;
    const third = await runCli(args);
    expect(third.status).toBe(0);
    expect(third.stdout).toContain('1 changed, 0 unchanged, 0 failed, 0 waiting; 1 new, 0 already stored');
    expect(server.requests.map((r) => r.path)).toEqual(['/feed.rss', '/news/orchard-fair']);
    expect(server.requests[0]?.headers['if-none-match']).toBe('"v2"');
    const after = await storedTexts(db);
    expect(after.size).toBe(3);
    expect(after.get('/news/orchard-fair')).toContain(paragraphsOf('orchard-fair')[0]);
    await withStore(db, async (store) => {
      expect(await store.feed(feed)).toMatchObject({ etag: '"v3"', failures: 0, lastError: null });
    });
  });

  it('reads feeds from an OPML file, JSON Feed included: a shared item fetched once, a link-less item kept whole', async () => {
    const db = freshDb();
    const opml = join(folder, 'feeds.opml');
    await writeFile(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Brackenford reading</title></head><body>
        <outline text="Local"><outline text="Chronicle" type="rss" xmlUrl="${server.origin}/feed.rss"/>
          <outline text="Chronicle JSON" type="rss" xmlUrl="${server.origin}/feed.json"/></outline></body></opml>`,
    );
    const run = await runCli(['watch', '--once', '--allow-private', '--db', db, opml]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('watched 2 feeds');
    expect(run.stdout).toContain('2 changed, 0 unchanged, 0 failed, 0 waiting; 4 new');
    const pages = server.requests.map((r) => r.path).filter((p) => p.startsWith('/news/'));
    expect(pages.sort()).toEqual(['/news/ferry-strike', '/news/ferry-talks', '/news/orchard-fair']);
    expect((await storedTexts(db)).size).toBe(3);
    await withStore(db, async (store) => {
      const notice = (await store.articlesAfter(0)).find((a) => a.doc.article.title === 'Library hours');
      expect(notice?.doc.article).toMatchObject({ url: null, source: `${server.origin}/feed.json` });
      expect(notice?.doc.article.text).toContain('closes at noon on Saturday for a stocktake');
    });
  });

  it('reports an unreachable feed and a broken item, goes on with the rest, and backs off the failing feed', async () => {
    const db = freshDb();
    const dead = `http://127.0.0.1:${await closedPort()}/feed.rss`;
    const list = join(folder, 'feeds.txt');
    await writeFile(list, `# feeds of the Brackenford desk\n${dead}\n\n${server.origin}/feed.rss\n`);
    server.publish('taken-down');
    const before = Date.now();
    const run = await runCli(['watch', '--once', '--allow-private', '--every', '10m', '--db', db, list]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(
      expect.stringMatching(`^triangulate: skipped ${dead}: cannot connect \\(ECONNREFUSED\\); next try after `),
    );
    expect(lines).toContain(`triangulate: skipped ${server.origin}/news/taken-down: HTTP 404 Not Found`);
    expect(run.stdout).toContain('1 changed, 0 unchanged, 1 failed, 0 waiting; 2 new, 0 already stored, 1 skipped');
    await withStore(db, async (store) => {
      const state = await store.feed(dead);
      expect(state).toMatchObject({ failures: 1, lastError: 'cannot connect (ECONNREFUSED)', etag: null });
      // Twice the 10-minute interval after a first failure.
      expect(Date.parse(state?.nextCheck ?? '') - Date.parse(state?.lastChecked ?? '')).toBe(20 * 60_000);
      expect(Date.parse(state?.lastChecked ?? '')).toBeGreaterThanOrEqual(before - 1000);
    });

    const again = await runCli(['watch', '--once', '--allow-private', '--db', db, list]);
    // The backing-off feed is not asked; the other is unchanged, so its broken item waits for the feed to change.
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('0 changed, 1 unchanged, 0 failed, 1 waiting; 0 new');
  });

  it('counts an item whose page is an article already stored, under another URL, as already stored', async () => {
    const db = freshDb();
    const args = ['watch', '--once', '--allow-private', '--db', db, `${server.origin}/feed.rss`];
    expect((await runCli(args)).stdout).toContain('2 new, 0 already stored');
    server.publish('ferry-talks-print');
    const run = await runCli(args);
    expect(run.stdout).toContain('1 changed, 0 unchanged, 0 failed, 0 waiting; 0 new, 1 already stored, 0 skipped');
    expect(server.requests.map((r) => r.path).at(-1)).toBe('/news/ferry-talks-print');
    expect((await storedTexts(db)).size).toBe(2);
    await withStore(db, async (store) => {
      expect(await store.seenItems([`${server.origin}/news/ferry-talks-print`])).toEqual(
        new Set([`${server.origin}/news/ferry-talks-print`]),
      );
    });
  });

  it('draws feed and article bars on a terminal and erases them before the summary line', async () => {
    const { status, stdout, drawn } = await runCliOnTerminal(
      ['watch', '--once', '--allow-private', '--db', freshDb(), `${server.origin}/feed.rss`],
      50,
    );
    expect(status).toBe(0);
    expect(drawn.filter((t) => t.includes('/'))).toEqual([
      `\r\u001b[2Kfeeds [${'#'.repeat(37)}] 1/1`,
      `\r\u001b[2Karticles [${'#'.repeat(34)}] 2/2`,
    ]);
    expect(drawn.at(-1)).toBe('\r\u001b[2K');
    expect(stdout).toMatch(SUMMARY);
  });

  it('refuses the loopback feed without --allow-private, and exits 1 when no feed could be read', async () => {
    const run = await runCli(['watch', '--once', '--db', freshDb(), `${server.origin}/feed.rss`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused: resolves to a loopback address 127.0.0.1');
    expect(server.requests).toEqual([]);
  });
});

describe('watch command line', () => {
  it('takes strict durations and wants at least one feed', async () => {
    for (const every of ['15', '0m', '15 m', 'ten minutes', '1m30h']) {
      const run = await runCli(['watch', '--once', '--every', every, 'https://news.brackenford.example/feed.rss']);
      expect(run.status, every).toBe(2);
      expect(run.stderr).toContain(`--every wants a duration such as 90s, 15m, 2h or 1h30m, not '${every}'`);
    }
    expect((await runCli(['watch', '--once'])).stderr).toContain('watch needs at least one feed URL');
    expect((await runCli(['ingest', '--once', 'x.txt'])).status).toBe(2);
  });

  it('names list entries that are not feed URLs and exits 1 when nothing is left to watch', async () => {
    const list = join(folder, 'not-feeds.txt');
    await writeFile(list, 'ftp://files.brackenford.example/feed.xml\n');
    const run = await runCli(['watch', '--once', '--db', freshDb(), list, join(folder, 'missing.opml')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `skipped ${list}: not an http(s) feed URL ('ftp://files.brackenford.example/feed.xml')`,
    );
    expect(run.stderr).toContain('missing.opml: no such file or directory');
    expect(run.stderr).toContain('nothing to watch');
  });
});
