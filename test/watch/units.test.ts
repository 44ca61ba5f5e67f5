import { describe, expect, it } from 'vitest';
import { readFeedItems, readJson } from '../../src/ingest/index.js';
import { unpolledFeed } from '../../src/store/index.js';
import { backoffMs, canonicalUrl, hostQueue, isDue, parseDuration } from '../../src/watch/index.js';

describe('durations', () => {
  it('reads unit-marked durations, largest unit first, and nothing else', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    for (const bad of ['', '15', '0s', '0h0m', '1m30h', '15 m', '-5m', '1.5h', 'm'])
      expect(parseDuration(bad), bad).toBeNull();
  });
});

describe('canonical item URLs', () => {
  it('lowercases the host, drops the default port, the fragment and utm_* parameters, and keeps the rest', () => {
    expect(canonicalUrl('HTTPS://News.Brackenford.Example:443/a/B?id=7&utm_source=rss&UTM_Medium=x#comments')).toBe(
      'https://news.brackenford.example/a/B?id=7',
    );
    expect(canonicalUrl('http://news.brackenford.example/a?utm_campaign=spring')).toBe(
      'http://news.brackenford.example/a',
    );
    expect(canonicalUrl('ftp://files.brackenford.example/a')).toBeNull();
    expect(canonicalUrl('/relative/path')).toBeNull();
  });
});

describe('schedule', () => {
  const now = new Date('2032-04-12T10:00:00.000Z');
  it('doubles the wait with each failure in a row, up to a day', () => {
    const quarter = 15 * 60_000;
    expect([1, 2, 3, 10].map((n) => backoffMs(n, quarter) / 60_000)).toEqual([30, 60, 120, 1440]);
    expect(backoffMs(3, 2 * 86_400_000)).toBe(2 * 86_400_000);
  });

  it('polls a new feed at once; a one-off pass ignores the interval but not a backoff', () => {
    const later = '2032-04-12T10:10:00.000Z';
    const waiting = { ...unpolledFeed('https://x.example/feed'), nextCheck: later };
    expect(isDue(null, now, false)).toBe(true);
    expect(isDue(waiting, now, false)).toBe(false);
    expect(isDue(waiting, now, true)).toBe(true);
    expect(isDue({ ...waiting, failures: 2 }, now, true)).toBe(false);
    expect(isDue({ ...waiting, failures: 2 }, new Date(later), true)).toBe(true);
  });
});

describe('host queue', () => {
  it('runs one task at a time per host and different hosts side by side, in order, past failures', async () => {
    const queue = hostQueue();
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    const order: string[] = [];
    const task =
      (host: string, name: string, fail = false) =>
      async (): Promise<string> => {
        running.set(host, (running.get(host) ?? 0) + 1);
        most.set(host, Math.max(most.get(host) ?? 0, running.get(host) ?? 0));
        await new Promise((resolve) => setTimeout(resolve, 5));
        running.set(host, (running.get(host) ?? 0) - 1);
        order.push(name);
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const a = 'http://a.brackenford.example/';
    const b = 'http://b.brackenford.example/';
    const results = await Promise.allSettled([
      queue.run(`${a}1`, task('a', 'a1', true)),
      queue.run(`${a}2`, task('a', 'a2')),
      queue.run(`${b}1`, task('b', 'b1')),
      queue.run(`${a}3`, task('a', 'a3')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(most.get('a')).toBe(1);
    expect(order.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(order.indexOf('b1')).toBeLessThan(order.indexOf('a2'));
  });
});

describe('feed items for a watcher', () => {
  it('keeps link-only RSS items, whose text the linked page will give', () => {
    const rss =
      '<rss version="2.0"><channel><title>Brackenford Chronicle</title>' +
      '<item><title>Ferry crews walk out</title><link>https://chronicle.brackenford.example/ferry</link></item>' +
      '</channel></rss>';
    expect(readFeedItems(rss, 'feed.rss')).toEqual([
      {
        title: 'Ferry crews walk out',
        published: null,
        url: 'https://chronicle.brackenford.example/ferry',
        outlet: 'Brackenford Chronicle',
        text: '',
        notes: [],
      },
    ]);
  });

  it('reads JSON Feed items, for the watcher and as a .json input', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Brackenford Chronicle',
      items: [
        {
          id: 'a',
          url: 'https://chronicle.brackenford.example/fair',
          title: 'Orchard fair draws a record crowd',
          content_html: '<p>The orchard fair on Brackenford green drew a record 4,000 visitors on Sunday.</p>',
          date_published: '2032-04-14T08:00:00+02:00',
        },
        { id: 'b', external_url: 'https://elsewhere.example/x', title: 'Linked elsewhere', content_text: '' },
        { id: 'c', url: 'javascript:alert(1)', summary: 'A summary only.' },
      ],
    });
    const items = readFeedItems(feed, 'feed.json');
    expect(items.map((i) => [i.url, i.published, i.outlet])).toEqual([
      ['https://chronicle.brackenford.example/fair', '2032-04-14', 'Brackenford Chronicle'],
      ['https://elsewhere.example/x', null, 'Brackenford Chronicle'],
      [null, null, 'Brackenford Chronicle'],
    ]);
    expect(items.map((i) => i.text)).toEqual([
      'The orchard fair on Brackenford green drew a record 4,000 visitors on Sunday.',
      '',
      'A summary only.',
    ]);
    expect(readJson(feed, 'feed.json').drafts.map((d) => d.title)).toEqual([
      'Orchard fair draws a record crowd',
      'Linked elsewhere',
      null,
    ]);
    expect(() => readFeedItems('{"items": []}', 'feed.json')).toThrow('JSON but not a JSON Feed');
  });
});
