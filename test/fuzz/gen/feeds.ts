import type { Draft, GenContext } from '../cases.js';
import type { Invented } from '../invented.js';

const item = (a: Invented, extra = ''): string =>
  `<item><title>${a.title}</title><link>https://news.example/${a.marker}</link><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate><description>${a.text}</description>${extra}</item>`;

const rss = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Invented wire</title><link>https://news.example/</link>${items}</channel></rss>`;

/** Huge item counts, items with thousands of children, missing fields, CDATA abuse, empty feeds. */
export const hostileFeed = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const good = (kind: string, ext: string, data: string): Draft => ({
    kind,
    entries: [{ name: `${kind}${ext}`, data, good: a.marker }],
  });
  switch (rng.int(0, 7)) {
    case 0: {
      const filler = Array.from(
        { length: rng.int(1000, 30_000) },
        (_, i) => `<item><title>Brief ${i}</title><description>Short.</description></item>`,
      );
      filler.splice(rng.int(0, filler.length), 0, item(a));
      return good('huge-item-count', '.rss', rss(filler.join('')));
    }
    case 1: {
      const children = `<category>${rng.pick(['harbour', 'ferries', 'council'])}</category>`.repeat(
        rng.int(1000, 20_000),
      );
      return good('thousands-of-children', '.rss', rss(item(a, children)));
    }
    case 2: {
      const partial = [
        '<item></item>',
        '<item><title>Only a title</title></item>',
        '<item><link>https://news.example/only-link</link></item>',
        '<item><description></description><pubDate>not a date</pubDate></item>',
        '<item><title/><description/></item>',
      ];
      return good('missing-fields', '.xml', rss(`${partial.slice(0, rng.int(1, partial.length)).join('')}${item(a)}`));
    }
    case 3: {
      const cdata = `<item><title><![CDATA[${a.title}]]></title><description><![CDATA[<p>${a.text}</p><p>]]]]><![CDATA[></p>]]></description></item>`;
      return good('cdata-split', '.rss', rss(cdata));
    }
    case 4: {
      const abuse = rng.pick([
        `<description><![CDATA[${a.text}`,
        `<description><![CDATA[</item></channel></rss>]]>${a.text}</description>`,
        `<description>${'<![CDATA[x]]>'.repeat(rng.int(1000, 50_000))}</description>`,
      ]);
      return {
        kind: 'cdata-abuse',
        entries: [{ name: 'cdata.rss', data: rss(`<item><title>${a.title}</title>${abuse}</item>`) }],
      };
    }
    case 5: {
      const entries = `<entry><title>No content</title></entry><entry><title>${a.title}</title><updated>2024-03-06T09:00:00Z</updated><summary>${a.text}</summary></entry>`;
      return good(
        'atom-missing-content',
        '.atom',
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>${entries}</feed>`,
      );
    }
    case 6:
      return {
        kind: 'no-items',
        entries: [{ name: 'empty.rss', data: rss(rng.pick(['', '<item/>', '<title>Again</title>'])) }],
      };
    default: {
      const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Wire</title></channel><item><title>${a.title}</title><description>${a.text}</description></item></rdf:RDF>`;
      return good('rss1-rdf', '.rdf.xml', rdf);
    }
  }
};
