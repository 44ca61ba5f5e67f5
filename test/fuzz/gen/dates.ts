import type { Draft, GenContext } from '../cases.js';

const OUT_OF_RANGE = [
  '99999-01-01',
  '2024-13-45',
  '0000-00-00',
  '-000001-01-01',
  '+275760-09-13',
  '275760-09-14',
  '2024-02-30',
  '2024-00-10',
  '1e400',
  '9999-12-31T23:59:60Z',
  '1970-01-01T00:00:00-99:99',
  'yesterday',
  '',
  '-1',
  'Thu, 99 Foo 99999 99:99:99 GMT',
];

/** A good article whose `published` is out of range or nonsense: the article stays, the date becomes null. */
export const outOfRangeDates = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const date = rng.pick(OUT_OF_RANGE);
  const formats: Record<string, () => [string, string]> = {
    json: () => ['date.json', JSON.stringify({ title: a.title, published: date, text: a.text })],
    'text-date-mark': () => ['mark.txt', ` date ${date} ${a.text}`],
    'html-meta': () => [
      'meta.html',
      `<html><head><title>${a.title}</title><meta property="article:published_time" content="${date}"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script></head><body><p>${a.text}</p></body></html>`,
    ],
    'feed-pubdate': () => [
      'date.rss',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>${a.title}</title><pubDate>${date}</pubDate><description>${a.text}</description></item></channel></rss>`,
    ],
  };
  const format = rng.pick(Object.keys(formats));
  const [name, data] = formats[format]?.() ?? ['date.txt', a.text];
  return { kind: `${format} ${JSON.stringify(date)}`, entries: [{ name, data, good: a.marker }] };
};
