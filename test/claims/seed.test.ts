import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/claims/index.js';
import type { AnnotatedArticle, Claim } from '../../src/doc/index.js';
import { extractTimexes } from '../../src/nlp/dates/index.js';
import { extractMentions } from '../../src/nlp/entities/index.js';
import { extractQuantities } from '../../src/nlp/numbers/index.js';
import { noteOf, seedDocs, storyOf } from './seed-docs.js';

/** The seeds with the entity, quantity and date extractors' annotations, undated reports read as of the story's date. */
const annotated = (docs: readonly AnnotatedArticle[]): AnnotatedArticle[] => {
  const storyDate = docs.flatMap((d) => d.article.published ?? []).sort()[0] ?? null;
  return docs.map((d) => {
    const layer = { text: d.article.text, sentences: d.sentences, tokens: d.tokens };
    const date = d.article.published ?? storyDate;
    const timexes = extractTimexes(layer, date, d.article.published === null);
    return { ...d, annotations: [...extractMentions(layer), ...extractQuantities(layer), ...timexes] };
  });
};

describe.each([
  ['tokens only', seedDocs()],
  ['extractor annotations', annotated(seedDocs())],
])('claims on the seed story (%s)', (_, docs) => {
  const story = storyOf(docs);
  const { claims, coverage } = alignClaims(docs, story);
  const sentenceOf = (articleId: string, index: number): string =>
    docs.find((d) => d.article.id === articleId)?.sentences[index]?.text ?? '';
  const citedText = (c: Claim): string => c.citations.map((x) => sentenceOf(x.articleId, x.sentence)).join(' ');
  const articlesOf = (c: Claim): string[] => [...new Set(c.citations.map((x) => x.articleId))].sort();
  const find = (status: Claim['status'], pattern: RegExp): Claim[] =>
    claims.filter((c) => c.status === status && pattern.test(citedText(c)));

  it('finds the 8,000 troops in Kursk as a consensus claim citing all four reports', () => {
    const [kursk] = find('consensus', /8,000/).filter((c) => /Kursk/.test(citedText(c)));
    expect(kursk).toBeDefined();
    expect(articlesOf(kursk as Claim)).toEqual(['000', '002', '003', '004']);
    expect(kursk?.sources).toBe(4);
    expect(kursk?.text).toMatch(/8,000/);
  });

  it('notes that the outlets relay one original source', () => {
    const [kursk] = find('consensus', /8,000/);
    expect(noteOf(kursk, docs)).toMatch(/^4 outlets, 1 original source: Antony Blinken/);
  });

  it('keeps figures and details only one report gives as single-source claims', () => {
    const only = (pattern: RegExp): string[][] => find('single-source', pattern).map(articlesOf);
    expect(only(/1,200 wounded and dead per day/)).toEqual([['002']]);
    expect(only(/facial recognition/)).toEqual([['002']]);
    expect(only(/13,000 containers/)).toEqual([['003']]);
  });

  it('marks the troop count contested: 10,000 vs 11,000 vs up to 12,000', () => {
    const [count] = find('contested', /11,000/);
    expect(count).toBeDefined();
    expect(citedText(count as Claim)).toMatch(/10,000[\s\S]*up to 12,000/);
    expect(noteOf(count, docs)).toMatch(/about 10,000 \(.*\); 11,000 \(A3\); up to 12,000 \(A3\)/);
    expect(articlesOf(count as Claim).length).toBeGreaterThanOrEqual(3);
  });

  it('cites only real sentences, and each claim text is in one of its cited sentences', () => {
    for (const c of claims) {
      expect(c.citations.length).toBeGreaterThan(0);
      for (const x of c.citations) expect(sentenceOf(x.articleId, x.sentence)).not.toBe('');
      expect(c.citations.some((x) => sentenceOf(x.articleId, x.sentence).includes(c.text))).toBe(true);
    }
  });

  it('orders consensus by source count, then contested, then single-source', () => {
    const rank = { consensus: 0, contested: 1, 'single-source': 2 } as const;
    const ranks = claims.map((c) => rank[c.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const consensus = claims.filter((c) => c.status === 'consensus').map((c) => c.sources);
    expect(consensus).toEqual([...consensus].sort((a, b) => b - a));
  });

  it('drops boilerplate: labels, sign-offs, credits and question headers', () => {
    const texts = claims.map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/Transcript provided|NPR news, Washington|What do we know|How is the West|\(AP\)/);
    expect(texts).not.toMatch(/^[A-Z][A-Z .]+(, [A-Z]+)?:/m);
    expect(texts).not.toMatch(/^(WASHINGTON|KYIV)/m);
  });

  it('lists per outlet what only it reports and which consensus claims it omits', () => {
    const of = (id: string) => coverage.find((c) => c.articleId === id);
    const index = (pattern: RegExp): number => claims.findIndex((c) => pattern.test(c.text));
    expect(of('002')?.unique).toContain(index(/1,200 wounded/));
    expect(of('003')?.unique).toContain(index(/13,000 containers/));
    for (const c of coverage) {
      for (const i of c.omitted) {
        expect(claims[i]?.status).toBe('consensus');
        expect(claims[i]?.citations.some((x) => x.articleId === c.articleId)).toBe(false);
      }
    }
    expect(coverage.map((c) => c.articleId)).toEqual(['000', '002', '003', '004']);
  });

  it('is deterministic', () => {
    expect(alignClaims(docs, story)).toEqual({ claims, coverage });
  });
});
