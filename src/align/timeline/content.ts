import type { AnnotatedArticle, Span, Token } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Verbs of saying and helpers carry no event content. */
const STOP_LEMMAS = union(words('function-words/reporting-lemmas'), ['state', 'report', 'will', 'would', 'can', 'may']);

/** The lemmas of a sentence's content words, leaving out the date expressions themselves. */
export const contentOf = (tokens: readonly Token[], skip: readonly Span[]): Set<string> => {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!CONTENT_POS.has(t.pos) || STOP_LEMMAS.has(t.lemma) || t.lemma.length < 2) continue;
    if (skip.some((s) => t.start < s.end && s.start < t.end)) continue;
    out.add(t.lemma);
  }
  return out;
};

/** Inverse sentence frequency over the story: words every report repeats ("troops") weigh little. */
export const idfOver = (docs: readonly AnnotatedArticle[]): Map<string, number> => {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    const perSentence = new Map<number, Set<string>>();
    for (const t of doc.tokens) {
      if (!CONTENT_POS.has(t.pos)) continue;
      const set = perSentence.get(t.sentence) ?? new Set<string>();
      set.add(t.lemma);
      perSentence.set(t.sentence, set);
    }
    n += doc.sentences.length;
    for (const set of perSentence.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [w, f] of df) idf.set(w, Math.log(1 + n / f));
  return idf;
};

const weight = (words: Iterable<string>, idf: ReadonlyMap<string, number>): number => {
  let sum = 0;
  for (const w of words) sum += idf.get(w) ?? 0;
  return sum;
};

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number =>
  weight(
    [...a].filter((w) => b.has(w)),
    idf,
  );

/** How much of the shorter sentence the other one covers, weighted, 0..1: a brief mention still matches a full one. */
export const overlapScore = (
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
): number => {
  const lighter = Math.min(weight(a, idf), weight(b, idf));
  return lighter === 0 ? 0 : shared(a, b, idf) / lighter;
};

/** How alike two sentences are as wholes, weighted, 0..1: only near-paraphrases score high. */
export const diceScore = (a: ReadonlySet<string>, b: ReadonlySet<string>, idf: ReadonlyMap<string, number>): number => {
  const total = weight(a, idf) + weight(b, idf);
  return total === 0 ? 0 : (2 * shared(a, b, idf)) / total;
};
