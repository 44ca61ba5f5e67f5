import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleWords,
  DEFAULT_MINHASH,
  estimateJaccard,
  findNearDuplicates,
  minhashSignature,
  shingleSet,
} from '../../src/cluster/index.js';
import type { AnnotatedArticle } from '../../src/doc/index.js';
import { annotate, ecbArticles, ecbGold } from './corpus.js';

const exactJaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 0 : both / union;
};

describe('MinHash on real ECB+ text', () => {
  let docs: AnnotatedArticle[] = [];
  let topic = new Map<string, string>();
  beforeAll(() => {
    docs = ecbArticles().map(annotate);
    topic = new Map([...ecbGold()].map(([id, event]) => [id, event.split('-')[0] ?? '']));
  });

  it('estimates Jaccard within ±0.03 of the exact value on every overlapping same-topic pair', () => {
    const words = docs.map(articleWords);
    const sets = words.map((w) => shingleSet(w, DEFAULT_MINHASH.shingleSize));
    const signatures = words.map((w) => minhashSignature(w));
    const errors: number[] = [];
    let high = 0;
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const [a, b] = [docs[i], docs[j]];
        if (!a || !b || topic.get(a.article.id) !== topic.get(b.article.id)) continue;
        const exact = exactJaccard(sets[i] ?? new Set(), sets[j] ?? new Set());
        if (exact < 0.02) continue;
        if (exact > 0.5) high++;
        const [sa, sb] = [signatures[i], signatures[j]];
        if (sa && sb) errors.push(Math.abs(estimateJaccard(sa, sb) - exact));
      }
    }
    expect(errors.length).toBeGreaterThan(300);
    expect(high).toBeGreaterThanOrEqual(5);
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.03);
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.005);
  });

  it('stays within ±0.03 on long texts, where the bottom-k sample is a real sample', () => {
    // Eight consecutive same-topic articles against the run shifted by two: ~2,300 shingles each, Jaccard 0.3-0.9.
    const byTopic = new Map<string, string[][]>();
    for (const d of docs) {
      const key = topic.get(d.article.id) ?? '';
      byTopic.set(key, [...(byTopic.get(key) ?? []), articleWords(d)]);
    }
    const errors: number[] = [];
    for (const texts of byTopic.values()) {
      for (let i = 0; i + 10 <= texts.length; i++) {
        const a = texts.slice(i, i + 8).flat();
        const b = texts.slice(i + 2, i + 10).flat();
        const exact = exactJaccard(
          shingleSet(a, DEFAULT_MINHASH.shingleSize),
          shingleSet(b, DEFAULT_MINHASH.shingleSize),
        );
        errors.push(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact));
      }
    }
    expect(errors.length).toBeGreaterThan(200);
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.03);
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.012);
  });

  it('is exact on identical texts and zero on disjoint ones', () => {
    const a = minhashSignature(['one', 'two', 'three', 'four', 'five', 'six']);
    const b = minhashSignature(['seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
    expect(estimateJaccard(a, a)).toBe(1);
    expect(estimateJaccard(a, b)).toBe(0);
    expect(estimateJaccard(minhashSignature([]), minhashSignature([]))).toBe(0);
  });

  it('finds the agency copies ECB+ holds through LSH buckets', () => {
    const copies = findNearDuplicates(docs);
    const pairs = [...copies].map(([copy, original]) => [copy, original].sort().join(' '));
    expect(pairs).toContain('ecb-21_12ecb ecb-21_8ecb');
    expect(pairs).toContain('ecb-9_3ecbplus ecb-9_9ecbplus');
    for (const [copy, original] of copies) expect(topic.get(copy)).toBe(topic.get(original));
  });
});
