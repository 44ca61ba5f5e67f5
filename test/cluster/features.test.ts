import { describe, expect, it } from 'vitest';
import { articleTerms, DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/index.js';
import type { AnnotatedArticle, EntityMention } from '../../src/doc/index.js';
import { annotate } from './corpus.js';

const FEATURES = DEFAULT_CLUSTER_OPTIONS.features;
const TEXT =
  'Mayor Ilse Varga opened the floating library in Harbor City on Tuesday.\nVarga said 40,000 books were on board.';

/** Marks each name (first occurrence from `from`) as an entity mention, as the annotator would. */
const withNames = (doc: AnnotatedArticle, names: readonly [string, number][]): AnnotatedArticle => {
  const mentions = names.map(([name, from]): EntityMention => {
    const start = doc.article.text.indexOf(name, from);
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
    return {
      kind: 'entity',
      start,
      end: start + name.length,
      sentence,
      name,
      type: 'person',
      role: null,
      metonym: false,
    };
  });
  return { ...doc, annotations: mentions };
};

const fictional = (title: string | null, text = TEXT): AnnotatedArticle =>
  annotate({ id: 'library', title, published: '2031-04-08', text });

describe('article terms', () => {
  it('counts a one-word name once, and a several-word name also as a whole that weighs as a plain word', () => {
    const doc = withNames(fictional(null), [
      ['Ilse Varga', 0],
      ['Harbor City', 0],
      ['Varga', TEXT.indexOf('\n')],
    ]);
    const terms = articleTerms(doc, FEATURES);
    expect(terms.has('@varga')).toBe(false);
    const lead = FEATURES.leadBoost;
    expect(terms.get('@ilse varga')).toBeCloseTo(lead);
    expect(terms.get('@harbor city')).toBeCloseTo(lead);
    expect(terms.get('varga')).toBeCloseTo((1 + Math.log(2)) * lead * FEATURES.entityBoost);
  });

  it('takes whole names from runs of proper nouns when the article has no entity annotations', () => {
    const terms = articleTerms(fictional(null), FEATURES);
    expect([...terms.keys()].filter((k) => k.startsWith('@'))).toEqual(['@mayor ilse varga']);
    expect(terms.get('varga')).toBeCloseTo((1 + Math.log(2)) * FEATURES.leadBoost * FEATURES.entityBoost);
  });

  it('adds a headline kept apart from the text as lead words, and only once when the text opens with it', () => {
    const title = 'Ilse Varga opens a library that floats';
    const without = articleTerms(fictional(null), FEATURES);
    const apart = articleTerms(fictional(title), FEATURES);
    const inText = articleTerms(fictional(title, `${title}\n${TEXT}`), FEATURES);
    expect(without.has('float')).toBe(false);
    for (const terms of [apart, inText]) {
      expect(terms.get('float')).toBeCloseTo(FEATURES.leadBoost);
      expect(terms.get('@ilse varga')).toBeCloseTo(FEATURES.leadBoost);
      expect(terms.get('library')).toBeCloseTo((1 + Math.log(2)) * FEATURES.leadBoost);
    }
  });
});
