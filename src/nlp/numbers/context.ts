import type { Token } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';
import { CUE_WORDS } from './cues.js';
import { CHANGE_VERBS } from './lexicon.js';
import { nounPhraseBefore, type Range, TIME_HEADS } from './phrase.js';
import { DETERMINERS, FIGURE_WORDS, isPlural } from './words.js';

type Toks = readonly Token[];

/** What an earlier figure counted, kept so that "the number", "the figure" and "of them" can point back to it. */
export interface Referent {
  readonly sentence: number;
  /** The counted phrase with its qualifiers. */
  readonly what: string;
  /** The counted phrase alone ("North Korean soldiers"), for "8,000 of them have deployed to …". */
  readonly nucleus: string;
  readonly head: string | null;
  readonly unit: string | null;
  readonly rate: string | null;
}

const LEFT_SKIPS = words('figures/left-skips');
/** Verbs whose subject is the thing measured ("the toll rose to 45", "the figure stands at 12,000"). */
const MEASURE_VERBS = union(CHANGE_VERBS, words('verbs/measure-verbs'));
const STOPS = new Set(['that', 'and', 'or', 'but', 'while', 'which', 'who', ';', ':']);

export interface LeftNoun {
  readonly range: Range;
  /** True when the noun only names a figure ("the number", "the toll"), so the referent is earlier. */
  readonly figure: boolean;
}

/** The noun a figure is predicated of when no noun follows it: "the death toll rose to 45", "a fine of $60,000". */
export const leftNoun = (toks: Toks, first: number): LeftNoun | null => {
  let j = first - 1;
  let verb = false;
  let comma = false;
  for (let guard = 0; j >= 0 && guard < 6; guard++, j--) {
    const t = toks[j];
    if (!t || STOPS.has(t.normal) || CUE_WORDS.has(t.normal)) return null;
    comma ||= t.text === ',';
    // "has" right before a figure is possession ("Lasalle has three convictions"): its subject is not what is counted.
    const auxiliary = t.pos === 'AUX' && (verb || t.lemma === 'be');
    const skippable = LEFT_SKIPS.has(t.normal) || auxiliary || t.pos === 'ADV' || t.pos === 'PART';
    const measured = t.pos === 'VERB' && MEASURE_VERBS.has(t.lemma);
    if (!skippable && !measured) break;
    verb ||= measured;
  }
  // A noun right against the figure is its indirect object ("offer Teixeira $200 million"), not what it measures.
  const np = j >= 0 && j < first - 1 ? nounPhraseBefore(toks, j, 5) : null;
  if (!np) return null;
  const start = DETERMINERS.has(toks[np.first]?.normal ?? '') ? np.first + 1 : np.first;
  if (start > np.last || TIME_HEADS.has(toks[np.last]?.lemma ?? '')) return null;
  const figure = FIGURE_WORDS.has(toks[np.last]?.lemma ?? '');
  // Across a comma only "the figure …, at 12,000" reads back; "46 in Akhal, 25 in Balkan" is a list.
  return comma && !figure ? null : { range: { first: start, last: np.last }, figure };
};

/**
 * The most recent count in this or the previous sentence; for a unit ("down from 52%"), the last figure in that unit
 * in this sentence.
 */
export const recentReferent = (
  referents: readonly Referent[],
  sentence: number,
  unit: string | null,
): Referent | null => {
  const oldest = unit === null ? sentence - 1 : sentence;
  for (let i = referents.length - 1; i >= 0; i--) {
    const r = referents[i];
    if (!r || r.sentence < oldest) return null;
    if (r.what && r.unit === unit && (unit !== null || r.rate === null)) return r;
  }
  return null;
};

/** The last plural noun phrase of a sentence ("the North Korean troops won't last long" → "North Korean troops"). */
export const lastPluralPhrase = (toks: Toks): Range | null => {
  for (let j = toks.length - 1; j >= 0; j--) {
    const t = toks[j];
    if (!t || !isPlural(t)) continue;
    const np = nounPhraseBefore(toks, j, 5);
    if (!np) continue;
    const start = DETERMINERS.has(toks[np.first]?.normal ?? '') ? np.first + 1 : np.first;
    return { first: start, last: j };
  }
  return null;
};
