import { describe, expect, it } from 'vitest';
import type { QuantityAnnotation } from '../../src/doc/index.js';
import { quantities, seedDocs } from './helpers.js';

const docs = seedDocs();
const inArticle = (prefix: string): QuantityAnnotation[] => {
  const doc = docs.find((d) => d.article.id.startsWith(prefix));
  if (!doc) throw new Error(`no seed ${prefix}`);
  return quantities(doc);
};
const find = (prefix: string, value: number, what?: RegExp): QuantityAnnotation => {
  const q = inArticle(prefix).find((x) => x.value === value && (!what || what.test(x.what)));
  if (!q) throw new Error(`no ${value} in ${prefix}`);
  return q;
};

describe('quantities in the seed story', () => {
  it('reads the contested troop counts with hedge, what and who', () => {
    const npr = find('000', 10000);
    expect(npr).toMatchObject({ hedge: 'about', what: 'North Korean soldiers in Russia', unit: null });
    expect(npr.attributedTo).toMatch(/U\.S\. assessments/);
    expect(find('003', 10000, /in Russia$/)).toMatchObject({ hedge: 'about', attributedTo: 'US officials' });
    expect(find('003', 11000)).toMatchObject({
      hedge: 'exact',
      what: 'North Korean troops in Russia',
      attributedTo: 'Seoul and its allies',
      head: 'troop',
    });
    expect(find('003', 12000)).toMatchObject({
      hedge: 'up to',
      what: 'North Korean troops in Russia',
      attributedTo: 'Ukraine',
    });
  });

  it('reads the Kursk, training and border figures', () => {
    const kursk = find('002', 8000);
    expect(kursk).toMatchObject({ hedge: 'exact', what: 'North Korean troops in Kursk', attributedTo: 'Blinken' });
    const them = find('000', 8000);
    expect(them.what).toBe('North Korean soldiers deployed to the Kursk region');
    expect(them.attributedTo).toMatch(/Antony Blinken$/);
    expect(find('003', 3000, /being trained/)).toMatchObject({
      what: 'North Korean troops being trained',
      attributedTo: 'South Korea’s spy chief',
    });
    const border = find('003', 4500);
    expect(border).toMatchObject({ hedge: 'as many as', what: 'North Korean troops at the border' });
    expect(border.attributedTo).toMatch(/Kyslytsya$/);
    expect(find('003', 8000)).toMatchObject({ hedge: 'about', attributedTo: 'The Biden administration' });
    expect(find('004', 8000, /deployed/)).toMatchObject({ hedge: 'as many as' });
    expect(find('004', 10000)).toMatchObject({ hedge: 'at least', what: 'troops', attributedTo: 'The Pentagon' });
  });

  it('reads rates, containers, money and durations', () => {
    expect(find('002', 1200)).toMatchObject({ rate: 'per day', what: 'wounded and dead', attributedTo: 'Blinken' });
    expect(find('003', 13000)).toMatchObject({ hedge: 'more than', head: 'container' });
    expect(find('003', 13000).what).toMatch(/^containers of artillery, missiles and other conventional arms/);
    expect(find('004', 22e9)).toMatchObject({ unit: 'USD', what: 'deal', text: '$22 billion' });
    expect(find('002', 86)).toMatchObject({ unit: 'minutes', what: 'minutes in the air', hedge: 'exact' });
  });

  it('takes elliptical figures from context and the quote cue from the sentence', () => {
    expect(find('002', 10000, /^North Korean troops$/).attributedTo).toBe('Austin');
    expect(find('003', 10000, /^North Korean troops$/).attributedTo).toBe(
      'both Ukrainian and South Korean intelligence',
    );
  });

  it('leaves out dates, years, ordinals, names and the pronoun "one"', () => {
    const all = docs.flatMap(quantities);
    const texts = all.map((q) => q.text);
    for (const bad of ['2024', '2023', '31', '10th', 'B-17', 'One', 'one']) expect(texts).not.toContain(bad);
    expect(all.filter((q) => q.value === 2024 || q.value === 2023 || q.value === 31 || q.value === 17)).toEqual([]);
  });

  it('points every quantity into its own sentence', () => {
    for (const doc of docs) {
      for (const q of quantities(doc)) {
        const s = doc.sentences[q.sentence];
        expect(s && s.start <= q.start && q.end <= s.end).toBe(true);
        expect(doc.article.text.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });
});
