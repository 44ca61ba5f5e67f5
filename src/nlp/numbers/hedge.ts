import type { Hedge, Token } from '../../doc/index.js';
import { HEDGES_AFTER, HEDGES_BEFORE, words } from '../../lexicon/index.js';
import type { QuantityCore } from './read-quantity.js';

type Toks = readonly Token[];

/** Prepositions that mean "during" before a time span ("over three days", "over six seasons"), not a bound. */
const SPAN_PREPOSITIONS = new Set(['over', 'under', 'above', 'below']);
const SPAN_NOUNS = words('figures/span-nouns');

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
  const after = toks[core.last + 1]?.normal === 'or' ? HEDGES_AFTER.get(toks[core.last + 2]?.normal ?? '') : undefined;
  const last = after ? core.last + 2 : core.last;
  for (const [words, hedge] of HEDGES_BEFORE) {
    if (!matchesBefore(toks, start, words)) continue;
    const span = core.unitKind === 'time' || SPAN_NOUNS.has(toks[core.nounStart]?.lemma ?? '');
    if (span && words.length === 1 && SPAN_PREPOSITIONS.has(words[0] ?? '')) break;
    return { hedge, first: start - words.length, last };
  }
  return { hedge: after ?? core.innerHedge ?? 'exact', first: start, last };
};

const matchesBefore = (toks: Toks, start: number, words: readonly string[]): boolean =>
  words.every((w, k) => toks[start - words.length + k]?.normal === w);
