import type { Draft, GenContext } from '../cases.js';
import type { Invented } from '../invented.js';

/** What /etc/passwd starts with on any Unix: seeing it in a report means an external entity was resolved. */
const PASSWD = 'root:x:0:0';

const laughs = (levels: number, fanout: number): string => {
  const lines = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= levels; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(fanout)}">`);
  return lines.join('\n');
};

const rssItem = (a: Invented, body = a.text): string =>
  `<item><title>${a.title}</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>${body}</description></item>`;

const rss = (subset: string, items: string): string =>
  `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${subset}\n]>\n<rss version="2.0"><channel><title>Invented wire</title>${items}</channel></rss>`;

/** Billion laughs, quadratic blow-up, XXE and entity floods, in feeds and HTML. */
export const entityBomb = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  switch (rng.int(0, 6)) {
    case 0: {
      const data = rss(laughs(rng.int(6, 10), 10), `${rssItem(a)}${rssItem(ctx.invent(), `Bomb &lol${6};`)}`);
      return { kind: 'feed-billion-laughs', entries: [{ name: 'laughs.rss', data }] };
    }
    case 1: {
      const big = 'x'.repeat(rng.int(10_000, 100_000));
      const data = rss(`<!ENTITY big "${big}">`, rssItem(a, `${a.text} ${'&big;'.repeat(rng.int(1000, 20_000))}`));
      return { kind: 'feed-quadratic-blowup', entries: [{ name: 'quadratic.xml', data }] };
    }
    case 2: {
      const data = rss(
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
        `${rssItem(a)}${rssItem(ctx.invent(), `${a.text} &xxe;`)}`,
      );
      return { kind: 'feed-xxe-file', entries: [{ name: 'xxe.rss', data }], forbidden: [PASSWD] };
    }
    case 3: {
      const data = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/none.dtd"><rss version="2.0"><channel><title>Wire</title>${rssItem(a)}</channel></rss>`;
      return { kind: 'feed-external-dtd', entries: [{ name: 'external.rss', data, good: a.marker }] };
    }
    case 4: {
      const flood = rng.pick(['&amp;', '&#128512;', '&#xFFFFFFFF;', '&#0;', '&nbsp;', '&unknown;', '&#x110000;']);
      const data = `<html><body><p>${a.text}</p><p>${flood.repeat(rng.int(1000, 100_000))}</p></body></html>`;
      return { kind: 'html-entity-flood', entries: [{ name: 'flood.html', data, good: a.marker }] };
    }
    case 5: {
      const data = `<?xml version="1.0"?>\n<!DOCTYPE html [\n${laughs(9, 10)}\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${a.title}</title></head><body><p>${a.text} &lol9; &xxe;</p></body></html>`;
      return {
        kind: 'xhtml-laughs-xxe',
        entries: [{ name: 'laughs.xhtml', data, good: a.marker }],
        forbidden: [PASSWD],
      };
    }
    default: {
      const data = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom &#x26;amp; ${'&#38;'.repeat(5000)}</title><entry><title>${a.title}</title><updated>2024-03-05T10:00:00Z</updated><content type="html">&lt;p&gt;${a.text}&lt;/p&gt;${'&amp;lt;'.repeat(20_000)}</content></entry></feed>`;
      return { kind: 'atom-escaped-entity-flood', entries: [{ name: 'escaped.atom', data, good: a.marker }] };
    }
  }
};
