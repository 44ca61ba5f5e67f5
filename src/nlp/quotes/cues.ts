import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { CUE_LEMMAS, INVERTING_LEMMAS, PHRASAL_CUES } from './lexicon.js';
import { isCapitalised, isMark, sentenceRange, type TokenView } from './tokens.js';

/** A speech cue: a reporting verb, or "according to" / "per" introducing its source. */
export interface Cue {
  readonly index: number;
  readonly kind: 'verb' | 'according';
  readonly text: string;
}

/** "a statement warning that …", "X warning of …": wink reads a cue's participle as a noun. */
const participleNoun = (view: TokenView, i: number): boolean => {
  const t = view.tokens[i];
  if (t?.pos !== 'NOUN' || isCapitalised(t) || !['that', 'of'].includes(view.tokens[i + 1]?.normal ?? '')) return false;
  // "an old saying that" is a noun phrase
  if (['DET', 'ADJ', 'NUM'].includes(view.tokens[i - 1]?.pos ?? '')) return false;
  const stem = t.normal.replace(/ing$/, '');
  return stem !== t.normal && (CUE_LEMMAS.has(stem) || CUE_LEMMAS.has(`${stem}e`));
};

/** Whether token i is a reporting cue that attribution may use. */
export const cueAt = (view: TokenView, i: number): Cue | null => {
  const t = view.tokens[i];
  if (!t || view.quoted[i]) return null;
  const next = view.tokens[i + 1];
  if (t.normal === 'according' && next?.normal === 'to') return { index: i, kind: 'according', text: `${t.text} to` };
  if (t.normal === 'per' && isCapitalised(t) && isCapitalised(next))
    return { index: i, kind: 'according', text: t.text };
  if (PHRASAL_CUES.get(t.lemma) === next?.normal && t.pos === 'VERB') return { index: i, kind: 'verb', text: t.text };
  if (participleNoun(view, i)) return { index: i, kind: 'verb', text: t.text };
  // headlines capitalise their verbs ("Prime Minister Calls Deaths 'Murder'")
  if (!CUE_LEMMAS.has(t.lemma) || (isCapitalised(t) && !view.headlines.has(t.sentence))) return null;
  // "the company continued to sign up users", "talks continuing into the night": only "X continued," reports speech
  if (t.lemma === 'continue' && next !== undefined && !/^[^\p{L}\d]/u.test(next.text)) return null;
  const prev = view.tokens[i - 1];
  // wink tags some cues as nouns ("what they call "…"", "Mr Howard claims that"); a subject before makes them verbs
  const subjectBefore =
    prev !== undefined && (['PRON', 'PROPN'].includes(prev.pos) || prev.text === ',' || isMark(prev));
  const taggedNoun =
    t.pos === 'NOUN' &&
    ((isMark(next) && prev !== undefined && ['NOUN', 'PRON', 'PROPN'].includes(prev.pos)) ||
      (INVERTING_LEMMAS.has(t.lemma) && /s$/.test(t.normal) && subjectBefore));
  const inflected = /ed$/.test(t.normal) || (INVERTING_LEMMAS.has(t.lemma) && /s$/.test(t.normal));
  const verbal = t.pos === 'VERB' || t.pos === 'AUX' || taggedNoun || (inflected && t.pos !== 'NOUN');
  return verbal ? { index: i, kind: 'verb', text: t.text } : null;
};

const DASHES = words('punctuation/dashes');

const asidesCache = new WeakMap<readonly Token[], Map<number, [number, number][]>>();

/** Pairs of dashes in the sentence of token i, found once per sentence: each pair sets off an aside whose cues belong to someone else. */
const dashAsides = (view: TokenView, i: number): [number, number][] => {
  const cache = asidesCache.get(view.tokens) ?? new Map<number, [number, number][]>();
  asidesCache.set(view.tokens, cache);
  const sentence = view.tokens[i]?.sentence ?? -1;
  const cached = cache.get(sentence);
  if (cached) return cached;
  const [start, end] = sentenceRange(view.tokens, i);
  const dashes: number[] = [];
  for (let k = start; k < end; k++) if (DASHES.has(view.tokens[k]?.text ?? '')) dashes.push(k);
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < dashes.length; k += 2) pairs.push([dashes[k] ?? 0, dashes[k + 1] ?? 0]);
  cache.set(sentence, pairs);
  return pairs;
};

/**
 * The cues in tokens [a, b), in order, leaving out those inside parentheses and, when an anchor is given, those in a
 * dashed aside that does not hold the anchor.
 */
export const cuesIn = (view: TokenView, a: number, b: number, anchor?: number): Cue[] => {
  const out: Cue[] = [];
  let depth = 0;
  let sentence = -1;
  let asides: [number, number][] = [];
  // asides are in order and disjoint: `next` is the first that does not end before token i
  let next = 0;
  for (let i = a; i < b; i++) {
    const t = view.tokens[i]?.text ?? '';
    if (view.tokens[i]?.sentence !== sentence) {
      sentence = view.tokens[i]?.sentence ?? -1;
      asides = anchor === undefined ? [] : dashAsides(view, i).filter(([x, y]) => !(x < anchor && anchor < y));
      next = 0;
    }
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    while ((asides[next]?.[1] ?? Number.POSITIVE_INFINITY) <= i) next++;
    const aside = (asides[next]?.[0] ?? Number.POSITIVE_INFINITY) < i;
    const cue = depth === 0 && !aside ? cueAt(view, i) : null;
    if (cue) out.push(cue);
  }
  return out;
};
