import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { isCalendarWord, SCALE_WORDS, TENS_WORDS, UNITS_WORDS } from './lexicon.js';

const WORDISH = /^[\p{L}][\p{L}\p{M}\p{N}'’.&-]*$/u;
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const PARTICIPLE = /(ed|en|ing)$/;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Determiners and possessive pronouns that may open a noun phrase. */
export const DETERMINERS = words('function-words/determiners');
/** Nouns that stand for a figure rather than a thing counted ("the number has risen to 11,000"). */
export const FIGURE_WORDS = new Set(['number', 'figure', 'total', 'tally', 'count', 'estimate', 'amount', 'sum']);

export const isWordish = (t: Token | undefined): boolean => !!t && WORDISH.test(t.text);

/** A word that can sit inside a noun phrase: noun, proper noun or adjective (dates excluded). */
export const isNominal = (t: Token | undefined): boolean =>
  !!t && NOMINAL_POS.has(t.pos) && isWordish(t) && !isCalendarWord(t.normal) && !DETERMINERS.has(t.normal);

/** A participle used as an adjective before a noun ("wounded soldiers", "armed men"). */
export const isParticiple = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && PARTICIPLE.test(t.normal);

const FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);

/** A capitalised word next to a proper noun belongs to the name whatever its tag ("Red Cross", "Betty Ford Center"). */
export const isNameWord = (t: Token | undefined, neighbour: Token | undefined): boolean =>
  !!t && neighbour?.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && isWordish(t) && !FUNCTION_POS.has(t.pos);

export const isNumberWord = (t: Token | undefined): boolean =>
  !!t &&
  (UNITS_WORDS[t.normal] !== undefined || TENS_WORDS[t.normal] !== undefined || SCALE_WORDS[t.normal] !== undefined);

export const isPlural = (t: Token): boolean =>
  t.pos === 'NOUN' && t.lemma !== t.normal && /s$/.test(t.normal) && !POSSESSIVE.has(t.normal);

/** "Korea's", "officers'": a possessive mark written against its noun. */
export const isPossessiveAt = (toks: readonly Token[], j: number): boolean => {
  const t = toks[j];
  if (!t || !POSSESSIVE.has(t.normal) || !glued(toks[j - 1], t)) return false;
  return t.normal.endsWith('s') || !glued(t, toks[j + 1]);
};

export const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Text of tokens first..last as written in the article. */
export const sliceText = (text: string, toks: readonly Token[], first: number, last: number): string => {
  const a = toks[first];
  const b = toks[last];
  return a && b && last >= first ? text.slice(a.start, b.end) : '';
};
