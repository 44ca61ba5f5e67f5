import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { objectAt, type Range } from './phrase.js';
import { RATE_ADVERBS, RATE_NOUNS } from './units-lexicon.js';
import { isNominal } from './words.js';

type Toks = readonly Token[];

/** Prepositions whose phrase narrows what is counted ("in Kursk", "at the border", "from North Korea"). */
const QUALIFYING = words('function-words/qualifying-prepositions');
const BE = new Set(['are', 'is', 'were', 'was', 'be', 'been', "'re", '’re']);
const HAVE = new Set(['have', 'has', 'had', "'ve", '’ve']);
const SKIPPED_ADVERBS = words('function-words/skipped-adverbs');
const PAST_PARTICIPLE = /(ed|en|wn|lt|nt)$/;
const RATE_OPENERS = new Set(['per', 'a', 'an', 'each', 'every']);
const TEMPORAL_FOLLOWERS = new Set(['after', 'before', 'later', 'earlier', 'ago']);

export interface Qualifiers {
  readonly pieces: readonly Range[];
  readonly rate: string | null;
  readonly next: number;
}

/** A rate at `j`: "per day", "a year", "each week", "daily"; not "a day after". */
export const rateAt = (toks: Toks, j: number): { rate: string; next: number } | null => {
  const t = toks[j];
  if (!t) return null;
  const adverb = RATE_ADVERBS[t.normal];
  if (adverb) return { rate: adverb, next: j + 1 };
  const noun = toks[j + 1];
  if (t.normal === 'per' && isNominal(noun) && noun?.normal !== 'cent')
    return { rate: `per ${noun?.lemma}`, next: j + 2 };
  if (!RATE_OPENERS.has(t.normal) || !noun || !RATE_NOUNS.has(noun.lemma)) return null;
  if (t.normal !== 'per' && TEMPORAL_FOLLOWERS.has(toks[j + 2]?.normal ?? '')) return null;
  return { rate: `per ${noun.lemma}`, next: j + 2 };
};

const skipAdverbs = (toks: Toks, j: number): number => {
  let k = j;
  while (SKIPPED_ADVERBS.has(toks[k]?.normal ?? '')) k++;
  return k;
};

const prepositionalAt = (toks: Toks, j: number): Range | null => {
  const t = toks[j];
  if (!t || !QUALIFYING.has(t.normal)) return null;
  if (t.normal === 'to' && (toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.pos === 'AUX')) return null;
  const object = objectAt(toks, j + 1);
  return object ? { first: j, last: object.last } : null;
};

/**
 * "(are) being trained", "(have) deployed to the Kursk region", "killed in the attack"; after "be" it may stand
 * alone.
 */
const participialAt = (toks: Toks, j: number, passive: boolean): Range | null => {
  const being = toks[j]?.normal === 'being' ? 1 : 0;
  const verb = toks[j + being];
  if (verb?.pos !== 'VERB' || !PAST_PARTICIPLE.test(verb.normal)) return null;
  const pp = prepositionalAt(toks, j + being + 1);
  if (!passive && !being && !pp) return null;
  return { first: j, last: pp ? pp.last : j + being };
};

/** What narrows the counted noun after it: place phrases, a participle, a rate. Stops at anything else. */
export const readQualifiers = (toks: Toks, start: number): Qualifiers => {
  const pieces: Range[] = [];
  let rate: string | null = null;
  let j = start;
  for (let step = 0; step < 4; step++) {
    j = skipAdverbs(toks, j);
    const r = rateAt(toks, j);
    if (r) {
      rate ??= r.rate;
      j = r.next;
      continue;
    }
    let passive = false;
    if (pieces.length === 0) {
      if (toks[j]?.normal === 'to' && toks[j + 1]?.normal === 'be') j += 2;
      while (HAVE.has(toks[j]?.normal ?? '') || BE.has(toks[j]?.normal ?? ''))
        passive = BE.has(toks[j++]?.normal ?? '');
      j = skipAdverbs(toks, j);
    }
    const piece = participialAt(toks, j, passive) ?? prepositionalAt(toks, j);
    if (!piece) break;
    pieces.push(piece);
    j = piece.last + 1;
  }
  return { pieces, rate, next: j };
};
