import type { Hedge, Token } from '../../doc/index.js';
import { wordSet } from './lexicon.js';
import type { QuantityCore } from './read-quantity.js';

type Toks = readonly Token[];

const phrase = (words: string, hedge: Hedge): [readonly string[], Hedge] => [words.split(' '), hedge];

/** Words before a figure and the hedge they make; longer phrases are tried first. */
const BEFORE: readonly [readonly string[], Hedge][] = [
  phrase('no fewer than', 'at least'),
  phrase('no less than', 'at least'),
  phrase('not less than', 'at least'),
  phrase('a minimum of', 'at least'),
  phrase('no more than', 'at most'),
  phrase('not more than', 'at most'),
  phrase('a maximum of', 'at most'),
  phrase('as many as', 'as many as'),
  phrase('as much as', 'as many as'),
  phrase('as high as', 'as many as'),
  phrase('in excess of', 'more than'),
  phrase('at least', 'at least'),
  phrase('minimum of', 'at least'),
  phrase('at most', 'at most'),
  phrase('maximum of', 'at most'),
  phrase('up to', 'up to'),
  phrase('more than', 'more than'),
  phrase('greater than', 'more than'),
  phrase('higher than', 'more than'),
  phrase('upwards of', 'more than'),
  phrase('upward of', 'more than'),
  phrase('just over', 'more than'),
  phrase('well over', 'more than'),
  phrase('fewer than', 'fewer than'),
  phrase('less than', 'fewer than'),
  phrase('lower than', 'fewer than'),
  phrase('just under', 'fewer than'),
  phrase('close to', 'about'),
  phrase('an estimated', 'about'),
  phrase('about', 'about'),
  phrase('around', 'about'),
  phrase('roughly', 'about'),
  phrase('approximately', 'about'),
  phrase('approx.', 'about'),
  phrase('some', 'about'),
  // "nearly 3,000" and "almost 3,000" report a round figure just short of it: shown as "about".
  phrase('nearly', 'about'),
  phrase('almost', 'about'),
  phrase('circa', 'about'),
  phrase('~', 'about'),
  phrase('over', 'more than'),
  phrase('above', 'more than'),
  phrase('exceeding', 'more than'),
  phrase('under', 'fewer than'),
  phrase('below', 'fewer than'),
];

/** Words after a figure: "10,000 or more", "50 or so". */
const AFTER: Readonly<Record<string, Hedge>> = {
  more: 'at least',
  so: 'about',
  fewer: 'at most',
  less: 'at most',
};

/** Prepositions that mean "during" before a time span ("over three days", "over six seasons"), not a bound. */
const SPAN_PREPOSITIONS = new Set(['over', 'under', 'above', 'below']);
const SPAN_NOUNS = wordSet('season game match round night weekend term period session inning');

export interface HedgeRead {
  readonly hedge: Hedge;
  /** First token of the quantity's text, hedge words included. */
  readonly first: number;
  /** Last token of the quantity's text, trailing hedge words included. */
  readonly last: number;
}

/** The hedge around a figure, with the tokens it adds to the quantity's text. */
export const readHedge = (toks: Toks, core: QuantityCore): HedgeRead => {
  const opener = core.high !== null && /^(between|from)$/.test(toks[core.first - 1]?.normal ?? '') ? 1 : 0;
  const start = core.first - opener;
  const after = toks[core.last + 1]?.normal === 'or' ? AFTER[toks[core.last + 2]?.normal ?? ''] : undefined;
  const last = after ? core.last + 2 : core.last;
  for (const [words, hedge] of BEFORE) {
    if (!matchesBefore(toks, start, words)) continue;
    const span = core.unitKind === 'time' || SPAN_NOUNS.has(toks[core.nounStart]?.lemma ?? '');
    if (span && words.length === 1 && SPAN_PREPOSITIONS.has(words[0] ?? '')) break;
    return { hedge, first: start - words.length, last };
  }
  return { hedge: after ?? core.innerHedge ?? 'exact', first: start, last };
};

const matchesBefore = (toks: Toks, start: number, words: readonly string[]): boolean =>
  words.every((w, k) => toks[start - words.length + k]?.normal === w);
