import { describe, expect, it } from 'vitest';
import { ingest, outletFromText, readPlainText } from '../../src/ingest/index.js';

const fixtures = 'test/fixtures/ingest';

describe('plain-text reader', () => {
  it('takes the date mark, the headline and drops a section label', async () => {
    const { articles } = await ingest([`${fixtures}/dated.txt`, `${fixtures}/labelled.md`]);
    const [dated, labelled] = articles;
    expect(dated?.published).toBe('2030-05-02');
    expect(dated?.title).toBe('Lantern festival draws record crowd in fictional Quillon');
    expect(dated?.text.startsWith('QUILLON -- The invented town')).toBe(true);
    expect(dated?.outlet).toBe('Quillon Courier');
    expect(labelled?.title).toBe('Quillon museum reopens after roof repair');
    expect(labelled?.published).toBeNull();
    expect(labelled?.text.startsWith('The fictional Quillon museum')).toBe(true);
  });

  it('leaves the title null when the first line is a sentence or a transcript label', () => {
    expect(
      readPlainText('The invented mayor spoke on Monday. She said little.\nMore text follows here.').title,
    ).toBeNull();
    expect(readPlainText('ANNA QUILL, HOST:\n\nGood evening from the fictional studio.').title).toBeNull();
  });

  it('finds the outlet in a transcript sign-off', async () => {
    const { articles } = await ingest([`${fixtures}/no-headline.txt`]);
    expect(articles[0]?.outlet).toBe('Quillon Radio');
    expect(outletFromText('KYIV, Ukraine -- An invented event happened. (AP)')).toBe('AP');
    expect(outletFromText('NOWHERE (Reuters) — An invented event happened on Monday.')).toBe('Reuters');
  });
});

describe('JSON readers', () => {
  it('reads an array, keeps given ids, normalises dates, takes the outlet from metadata or URL host', async () => {
    const { articles, diagnostics } = await ingest([`${fixtures}/articles.json`]);
    expect(articles.map((a) => a.id)).toEqual(['q-1', expect.stringMatching(/^[0-9a-f]{16}$/)]);
    expect(articles[0]?.published).toBe('2030-05-03');
    expect(articles[0]?.outlet).toBe('quillon-courier.example');
    expect(articles[1]?.outlet).toBe('Dorrow Daily');
    expect(diagnostics).toEqual([
      {
        input: `${fixtures}/articles.json`,
        reason: 'item 2: text: Invalid input: expected string, received undefined',
        code: 'bad-article',
        severity: 'skipped',
      },
    ]);
  });

  it('reads JSONL, reporting the bad line and keeping the rest', async () => {
    const { articles, diagnostics } = await ingest([`${fixtures}/feed.jsonl`]);
    expect(articles.map((a) => a.id)).toEqual(['d-1', 'd-2']);
    expect(articles[1]?.published).toBeNull();
    expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.reason}`)).toEqual([
      'skipped bad-json: line 2: not valid JSON',
      'warning bad-date: published "not a date" is not a calendar date in the years 1000–9999; read as undated',
    ]);
  });
});

describe('directories and ids', () => {
  it('reads a directory recursively in a stable order, skipping unknown formats', async () => {
    const { articles } = await ingest([fixtures]);
    expect(articles.map((a) => a.source)).toEqual([
      `${fixtures}/articles.json`,
      `${fixtures}/articles.json`,
      `${fixtures}/dated.txt`,
      `${fixtures}/feed.jsonl`,
      `${fixtures}/feed.jsonl`,
      `${fixtures}/labelled.md`,
      `${fixtures}/nested/deeper.txt`,
      `${fixtures}/no-headline.txt`,
    ]);
  });

  it('gives the same content the same id, and reads it once', async () => {
    const once = await ingest([`${fixtures}/dated.txt`]);
    const twice = await ingest([`${fixtures}/dated.txt`, `${fixtures}/dated.txt`]);
    expect(twice.articles.map((a) => a.id)).toEqual(once.articles.map((a) => a.id));
    expect(twice.diagnostics[0]?.reason).toMatch(/^same article as one already read/);
  });

  it('reads standard input, guessing the format', async () => {
    const stdin = (async function* () {
      yield '{"title": "Invented stdin item", "text": "The fictional Quillon choir sang on Sunday to a full hall of 300 people."}';
    })();
    const { articles } = await ingest(['-'], { stdin });
    expect(articles[0]?.title).toBe('Invented stdin item');
    expect(articles[0]?.source).toBe('<stdin>');
  });
});
