import { describe, expect, it } from 'vitest';
import { ingest, readFeed, sniffFormat } from '../../src/ingest/index.js';

const fixtures = 'test/ingest-web/fixtures';

const stdinOf = (text: string): AsyncIterable<string> =>
  (async function* () {
    yield text;
  })();

const rss = (items: string, prologue = ''): string =>
  `<?xml version="1.0"?>${prologue}<rss version="2.0"><channel><title>Fen Town Herald</title>${items}</channel></rss>`;

describe('feed reader', () => {
  it('reads RSS items with their titles, links, publisher-local dates and paragraphed text', async () => {
    const { articles, diagnostics } = await ingest([`${fixtures}/valley-feed.rss`]);
    expect(articles.map((a) => [a.title, a.url, a.published, a.outlet])).toEqual([
      [
        'Dorrow mill to close after “ninety years”',
        'https://news.dorrow.example/mill-closes',
        '2030-05-06',
        'Dorrow Valley News & Weather',
      ],
      [
        'Valley bus timetable changes',
        'https://news.dorrow.example/bus-timetable',
        '2030-05-08',
        'Dorrow Valley News & Weather',
      ],
    ]);
    expect(articles[0]?.text).toBe(
      'The fictional Dorrow flour mill will close in June after ninety years, its owners said on Monday.\n\n' +
        'About 35 workers will lose their jobs, according to the union.',
    );
    expect(articles[1]?.text).toContain('the operator said.\n\nNight buses stay & run hourly.');
    expect(diagnostics).toEqual([
      {
        input: `${fixtures}/valley-feed.rss`,
        reason: 'item 2 “Photo gallery: spring fair”: no text',
        code: 'empty',
        severity: 'skipped',
      },
    ]);
  });

  it('reads Atom entries: alternate links, published before updated, html and text content', async () => {
    const { articles } = await ingest([`${fixtures}/ridge-feed.atom`]);
    expect(articles.map((a) => [a.title, a.url, a.published, a.outlet])).toEqual([
      [
        'Ridge Point lighthouse relit',
        'https://gazette.ridge.example/lighthouse-relit',
        '2030-06-01',
        'Ridge Point Gazette',
      ],
      ['Ferry timetable', 'https://gazette.ridge.example/ferry', '2030-06-02', 'Ridge Point Gazette'],
    ]);
    expect(articles[0]?.text).toBe(
      'The imaginary Ridge Point lighthouse was relit on Saturday night after a two-year restoration, the trust that ' +
        'runs it said.\n\nIts beam now reaches 18 nautical miles.',
    );
  });

  it('names XML that is not a feed and a feed without items', async () => {
    const { diagnostics } = await ingest([`${fixtures}/sitemap.xml`]);
    expect(diagnostics.map((d) => d.reason)).toEqual(['XML but not an RSS or Atom feed (root element <urlset>)']);
    expect(() => readFeed(rss(''), 'empty.rss')).toThrow('empty.rss: feed has no items');
  });

  it('does not expand a billion-laughs entity bomb', () => {
    const levels = Array.from({ length: 9 }, (_, i) => {
      const prev = i === 0 ? 'lol0' : `lol${i}`;
      return `<!ENTITY lol${i + 1} "${`&${prev};`.repeat(10)}">`;
    }).join('');
    const bomb = rss(
      '<item><title>Fen Town fair &lol9;</title><description>The fictional Fen Town fair opened. &lol9;</description></item>',
      `<!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>`,
    );
    const { drafts } = readFeed(bomb, 'bomb.rss');
    expect(drafts[0]?.text.length).toBeLessThan(200);
    expect(drafts[0]?.text).not.toContain('lollol');
  });

  it('refuses a feed whose declared entity would grow the text without bound', () => {
    const blowup = rss(
      `<item><title>Fen</title><description>${'&big;'.repeat(20_000)}</description></item>`,
      `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(900)}">]>`,
    );
    expect(() => readFeed(blowup, 'blowup.rss')).toThrow(/^blowup\.rss: not a readable feed/);
  });
});

describe('sniffing standard input', () => {
  it('recognises HTML pages and feeds without an extension', async () => {
    expect(sniffFormat('\uFEFF<!-- saved page -->\n<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(sniffFormat('<html lang="en"><p>x</p></html>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- feed -->\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      'feed',
    );
    expect(sniffFormat('<rss version="2.0"><channel>')).toBe('feed');
    expect(sniffFormat('<?xml version="1.0"?><urlset>')).toBe('feed');
    expect(sniffFormat('<b>Bold</b> claims in plain text.')).toBe('text');
    const feed = rss(
      '<item><title>Fen Town ferry</title><link>https://fen.example/ferry</link><description>The invented Fen Town ferry resumed its crossings on Monday after repairs, the council said.</description></item>',
    );
    const { articles } = await ingest(['-'], { stdin: stdinOf(feed) });
    expect(articles.map((a) => [a.source, a.title, a.outlet])).toEqual([
      ['<stdin>', 'Fen Town ferry', 'Fen Town Herald'],
    ]);
  });
});
