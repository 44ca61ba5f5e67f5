import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { tempDir } from './temp-dir.js';

const tmp = tempDir('encoding');
afterAll(() => tmp.remove());

const SENTENCE = 'The invented town of Źródło Wielkie opened its café “Pod Mostem” on Monday, the mayor said.';

/** Writes the bytes and reads them back as one article, with the warnings ingest gave. */
const readBack = async (name: string, bytes: Buffer | string) => {
  writeFileSync(tmp.at(name), bytes);
  const { articles, diagnostics } = await ingest([tmp.at(name)]);
  return { article: articles[0], notes: diagnostics.map((d) => `${d.severity} ${d.code}: ${d.reason}`) };
};

const withBadByte = (before: string, after: string): Buffer =>
  Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]);

describe('declared charsets', () => {
  it('reads a page declaring UTF-8 as UTF-8 despite one bad byte, replacing only that byte', async () => {
    const page = withBadByte(
      `<html><head><meta charset="utf-8"></head><body><p>${SENTENCE}`,
      ' More.</p></body></html>',
    );
    const { article, notes } = await readBack('bad-byte.html', page);
    expect(article?.text).toBe(`${SENTENCE}\uFFFD More.`);
    expect(notes).toEqual(['warning bad-encoding: 1 invalid UTF-8 byte replaced (the input declares UTF-8)']);
  });

  it('reads a windows-1250 page by its http-equiv declaration', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body><p>${SENTENCE}</p></body></html>`;
    const { article, notes } = await readBack('central.html', iconv.encode(html, 'windows-1250'));
    expect(article?.text).toBe(SENTENCE);
    expect(notes).toEqual([]);
  });

  it('reads a feed by its XML encoding declaration', async () => {
    const feed = `<?xml version="1.0" encoding="windows-1250"?><rss><channel><title>Głos Doliny</title><item><title>Źródło opens a café</title><description>${SENTENCE}</description></item></channel></rss>`;
    const { article } = await readBack('central.rss', iconv.encode(feed, 'windows-1250'));
    expect([article?.outlet, article?.title, article?.text]).toEqual(['Głos Doliny', 'Źródło opens a café', SENTENCE]);
  });

  it('reads undeclared UTF-8 with a stray byte as UTF-8, and undeclared windows-1252 as windows-1252', async () => {
    const utf8 = await readBack(
      'stray.txt',
      withBadByte(`Źródło harbour reopens today\n${SENTENCE} More`, ' follows.'),
    );
    expect(utf8.article?.text).toBe(`${SENTENCE} More\uFFFD follows.`);
    expect(utf8.notes).toEqual(['warning bad-encoding: 1 invalid UTF-8 byte replaced (the text is otherwise UTF-8)']);
    const western = await readBack(
      'western.txt',
      iconv.encode(`Quillon reopens\nThe café “Blue Gull” reopened on Friday in Quillon.`, 'windows-1252'),
    );
    expect(western.article?.text).toBe('The café “Blue Gull” reopened on Friday in Quillon.');
  });
});

describe('NUL bytes and fragments', () => {
  it('strips a few NUL bytes from real text with a warning instead of calling it binary', async () => {
    // A page's worth of text (some kilobytes), as a real article is; binary files are a tenth control bytes or more.
    const body = Array.from({ length: 20 }, () => SENTENCE).join(' ');
    const text = `Quillon harbour reopens\n${body.replace('Monday', 'Mon\u0000day')}\u0000\u0000`;
    const { article, notes } = await readBack('nuls.txt', text);
    expect(article?.text).toBe(body);
    expect(notes).toEqual(['warning bad-encoding: 3 NUL bytes removed']);
  });

  it('still refuses text that is mostly control bytes as binary', async () => {
    writeFileSync(
      tmp.at('noise.txt'),
      Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)))),
    );
    const { articles, diagnostics } = await ingest([tmp.at('noise.txt')]);
    expect(articles).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['binary']);
  });

  it('reads a page with a doctype but no <html> element', async () => {
    const { article } = await readBack(
      'bare.html',
      `<!DOCTYPE html>\n<title>Źródło opens a café</title>\n<p>${SENTENCE}</p>`,
    );
    expect([article?.title, article?.text]).toEqual(['Źródło opens a café', SENTENCE]);
  });
});
