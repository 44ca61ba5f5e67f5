import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, MAX_FEED_ITEMS, MAX_INPUT_BYTES, MAX_OUTLET_CHARS, MAX_TITLE_CHARS } from '../../src/ingest/index.js';
import { tempDir } from './temp-dir.js';

const tmp = tempDir('size');
afterAll(() => tmp.remove());

const SENTENCE =
  'The invented town of Quillon reopened its harbour on Monday after a year of dredging, officials said.';

const read = async (name: string, content: string) => {
  writeFileSync(tmp.at(name), content);
  return ingest([tmp.at(name)]);
};

describe('huge structures', () => {
  it('reads a page whose JSON-LD is an array of 200,000 items', async () => {
    const ld = JSON.stringify([...Array.from({ length: 200_000 }, (_, i) => ({ n: i })), { headline: 'Quillon late' }]);
    const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>${SENTENCE}</p></body></html>`;
    const { articles, diagnostics } = await read('ld.html', page);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([SENTENCE]);
  }, 60_000);

  it('reads an RSS item with 200,000 child elements', async () => {
    const children = '<p>Quillon</p>'.repeat(200_000);
    const feed = `<rss><channel><title>Fen Post</title><item><title>Quillon harbour reopens</title><content type="xhtml">${children}</content></item></channel></rss>`;
    const { articles, diagnostics } = await read('children.rss', feed);
    expect(diagnostics).toEqual([]);
    expect(articles[0]?.text.split('\n\n')).toHaveLength(200_000);
  }, 60_000);

  it('keeps the good item of a feed whose other item nests 600 elements deep', async () => {
    const deep = `${'<x>'.repeat(600)}Quillon${'</x>'.repeat(600)}`;
    const feed = `<rss><channel><title>Fen Post</title><item><title>Quillon harbour reopens</title><description>${SENTENCE}</description></item><item>${deep}</item></channel></rss>`;
    const { articles } = await read('deep.rss', feed);
    expect(articles.map((a) => a.text)).toEqual([SENTENCE]);
  });

  it('reads a JSON Lines archive past the single-document limit, and still refuses such a text file', async () => {
    const body = `${SENTENCE} `.repeat(30);
    const lines = Array.from({ length: 4_000 }, (_, i) => JSON.stringify({ id: `q${i}`, text: `${body}Item ${i}.` }));
    const archive = `${lines.join('\n')}\n`;
    expect(archive.length).toBeGreaterThan(MAX_INPUT_BYTES);
    const { articles, diagnostics } = await read('archive.jsonl', archive);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(4_000);
    const text = await read('archive.txt', archive);
    expect(text.diagnostics.map((d) => d.code)).toEqual(['too-large']);
  }, 60_000);

  it('cuts a 1 MB <title> to a headline length, with a warning', async () => {
    const page = `<html><head><title>${'Quillon harbour '.repeat(70_000)}</title></head><body><p>${SENTENCE}</p></body></html>`;
    const { articles, diagnostics } = await read('title.html', page);
    const title = articles[0]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 2);
    expect(title).toMatch(/^Quillon harbour Quillon .* …$/);
    expect(diagnostics.map((d) => [d.code, d.reason])).toEqual([
      ['truncated', `title cut to ${MAX_TITLE_CHARS} characters (it had 1119999)`],
    ]);
  }, 60_000);

  it('cuts a stuffed outlet name, which labels every citation, with a warning', async () => {
    const outlet = 'Fen Post '.repeat(200);
    const { articles, diagnostics } = await read('outlet.json', JSON.stringify({ outlet, text: SENTENCE }));
    expect(articles[0]?.outlet?.length).toBeLessThanOrEqual(MAX_OUTLET_CHARS + 2);
    expect(diagnostics.map((d) => [d.code, d.reason])).toEqual([
      ['truncated', `outlet cut to ${MAX_OUTLET_CHARS} characters (it had ${outlet.trim().length})`],
    ]);
  });

  it('reads a feed of 20,000 near-identical items up to its bound, and names the items left out', async () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<item><title>Quillon harbour reopens, part ${i}</title><description>${SENTENCE} Item ${i}.</description></item>`,
    );
    const { articles, diagnostics } = await read(
      'many.rss',
      `<rss><channel><title>Fen Post</title>${items.join('')}</channel></rss>`,
    );
    expect(diagnostics.map((d) => [d.code, d.reason])).toEqual([
      ['truncated', `items ${MAX_FEED_ITEMS + 1}–20000 not read (a feed is read up to ${MAX_FEED_ITEMS} items)`],
    ]);
    expect(articles).toHaveLength(MAX_FEED_ITEMS);
  }, 60_000);
});

describe('dates outside the calendar', () => {
  it('reads a published value outside the years 1000-9999 as undated, with a warning', async () => {
    const lines = ['20000-01-01', '0999-12-31', '2030-02-30', '2030-05-06'].map((published, i) =>
      JSON.stringify({ title: `Quillon story ${i}`, published, text: `${SENTENCE} Story ${i}.` }),
    );
    const { articles, diagnostics } = await read('dates.jsonl', lines.join('\n'));
    expect(articles.map((a) => a.published)).toEqual([null, null, null, '2030-05-06']);
    expect(diagnostics.map((d) => `${d.input.replace(`${tmp.dir}/`, '')} ${d.code}: ${d.reason}`)).toEqual([
      'dates.jsonl#1 bad-date: published "20000-01-01" is not a calendar date in the years 1000–9999; read as undated',
      'dates.jsonl#2 bad-date: published "0999-12-31" is not a calendar date in the years 1000–9999; read as undated',
      'dates.jsonl#3 bad-date: published "2030-02-30" is not a calendar date in the years 1000–9999; read as undated',
    ]);
  });

  it('drops a feed date beyond year 9999 rather than printing +020000', async () => {
    const feed = `<rss><channel><title>Fen Post</title><item><title>Quillon</title><pubDate>Sat, 01 Jan 20000 00:00:00 GMT</pubDate><description>${SENTENCE}</description></item></channel></rss>`;
    const { articles, diagnostics } = await read('far.rss', feed);
    expect(articles[0]?.published).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['bad-date']);
  });
});
