import { describe, expect, it } from 'vitest';
import { alignNumbers } from '../../src/align/numbers/index.js';
import { fakeEntities, seedDocs, sentenceCarries } from './helpers.js';

const docs = seedDocs();
const entities = fakeEntities([
  { name: 'Antony Blinken', type: 'person', aliases: ['Anthony Blinken'] },
  { name: 'Lloyd Austin', type: 'person' },
  { name: 'Volodymyr Zelenskyy', type: 'person' },
  { name: 'Sergiy Kyslytsya', type: 'person' },
  { name: 'Ukraine', type: 'place' },
]);
const { numbers, disagreements } = alignNumbers(docs, entities);

describe('numbers and disagreements across the seed story', () => {
  it('finds the troop-count disagreement with each value, hedge and source', () => {
    expect(disagreements).toHaveLength(1);
    const [d] = disagreements;
    expect(d?.about).toBe('North Korean troops in Russia');
    const values = d?.values.map((v) => [v.value, v.hedge, v.attributedTo]);
    expect(values).toEqual([
      [10000, 'about', 'US officials; latest U.S. assessments'],
      [11000, 'exact', 'Seoul and its allies'],
      [12000, 'up to', 'Ukraine'],
    ]);
  });

  it('merges one fact across outlets and names people in full', () => {
    const kursk = numbers.find((n) => n.value === 8000 && n.what === 'North Korean troops in Kursk');
    expect(kursk?.attributedTo).toBe('Antony Blinken');
    expect(new Set(kursk?.citations.map((c) => c.articleId)).size).toBe(2);
    expect(numbers.find((n) => n.value === 4500)?.attributedTo).toBe('Sergiy Kyslytsya');
    expect(numbers.find((n) => n.value === 1200)).toMatchObject({
      attributedTo: 'Antony Blinken',
      what: 'wounded and dead',
    });
  });

  it('keeps "in Kursk", "being trained" and "at the border" apart from "in Russia"', () => {
    const whats = new Set(numbers.map((n) => n.what));
    for (const w of [
      'North Korean troops being trained',
      'North Korean troops at the border',
      'deal',
      'minutes in the air',
    ]) {
      expect(whats).toContain(w);
    }
    const inRussia = numbers.filter((n) => n.what === 'North Korean troops in Russia').map((n) => n.value);
    expect(inRussia).toEqual([10000, 10000, 11000, 12000]);
  });

  it('leaves out unstated counts ("thousands") and figures with nothing counted', () => {
    expect(numbers.some((n) => n.value === 1000 || !n.what)).toBe(false);
  });

  it('cites only sentences that carry the number', () => {
    const sentence = (id: string, i: number) => docs.find((d) => d.article.id === id)?.sentences[i]?.text ?? '';
    const cited = [
      ...numbers.flatMap((n) => n.citations.map((c) => [n.value, c] as const)),
      ...disagreements.flatMap((d) => d.values.flatMap((v) => v.citations.map((c) => [Number(v.value), c] as const))),
    ];
    expect(cited.length).toBeGreaterThan(20);
    for (const [value, c] of cited) expect(sentenceCarries(sentence(c.articleId, c.sentence), value)).toBe(true);
  });
});
