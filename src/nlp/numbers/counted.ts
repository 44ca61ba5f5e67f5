import type { Token } from '../../doc/index.js';
import { leftNoun, type Referent } from './context.js';
import type { HedgeRead } from './hedge.js';
import { nounPhraseAt, ofListAt, type Range } from './phrase.js';
import { type Qualifiers, rateAt, readQualifiers } from './qualifiers.js';
import { readNumber } from './read-number.js';
import type { QuantityCore } from './read-quantity.js';
import { DETERMINERS, sliceText } from './words.js';

type Toks = readonly Token[];

/** What a figure counts, as a phrase with its qualifiers and a lemmatised head. */
export interface Counted {
  readonly what: string;
  readonly nucleus: string;
  readonly head: string | null;
  readonly rate: string | null;
}

/**
 * Looks up what an elliptical figure refers to; `demonstrative` allows a looser look-back ("this 10,000", "of them").
 */
export type ResolveReferent = (demonstrative: boolean) => Pick<Referent, 'what' | 'nucleus' | 'head'> | null;

const PARTITIVE_PRONOUNS = new Set(['them', 'these', 'those', 'us', 'which', 'whom', 'it']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'the']);
const ALTERNATIVE_LINKS = new Set([',', 'or', 'and', 'even', 'perhaps', 'maybe', 'possibly']);

/** "3,000 or 10,000 soldiers": the first figure counts the noun after the last one. */
const skipAlternatives = (toks: Toks, k: number): number => {
  let at = k;
  let closed = false;
  for (let guard = 0; guard < 4; guard++) {
    let j = at;
    for (; j < at + 3 && ALTERNATIVE_LINKS.has(toks[j]?.normal ?? ''); j++) if (toks[j]?.normal !== ',') closed = true;
    const n = j > at ? readNumber(toks, j, false) : null;
    if (!n) break;
    at = n.last + 1;
  }
  // A bare comma list ("20.6 percent, 5.6 percent below") is not a set of alternatives.
  return closed ? at : k;
};

const stripDeterminer = (toks: Toks, r: Range): Range =>
  DETERMINERS.has(toks[r.first]?.normal ?? '') ? { first: r.first + 1, last: r.last } : r;

/** Reads what the figure counts; for an age ("66-year-old"), whose age it is. */
export const readCounted = (
  text: string,
  toks: Toks,
  core: QuantityCore,
  hedge: HedgeRead,
  resolve: ResolveReferent,
): Counted => {
  if (core.age && !nounPhraseAt(toks, core.nounStart)) return { what: 'age', nucleus: 'age', head: 'age', rate: null };
  const counted = readCountedPhrase(text, toks, core, hedge, resolve);
  if (!core.age) return counted;
  const what = counted.nucleus ? `age of ${counted.nucleus}` : 'age';
  return { what, nucleus: what, head: 'age', rate: null };
};

/** The noun phrase after the figure, a partitive, or the referent of an elliptical figure. */
const readCountedPhrase = (
  text: string,
  toks: Toks,
  core: QuantityCore,
  hedge: HedgeRead,
  resolve: ResolveReferent,
): Counted => {
  let k = core.nounStart > core.last ? hedge.last + 1 : core.nounStart;
  k = skipAlternatives(toks, k);
  const early = rateAt(toks, k);
  if (early) k = early.next;
  const slice = (r: Range) => sliceText(text, toks, r.first, r.last);
  const build = (nucleus: string, head: string | null, q: Qualifiers): Counted => {
    const [lead, ...rest] = q.pieces;
    // "$5 million in aid": the money's purpose is what it counts.
    if (!nucleus && lead && (core.unitKind === 'currency' || core.unitKind === 'percent')) {
      return build(slice({ first: lead.first + 1, last: lead.last }), toks[lead.last]?.lemma ?? null, {
        ...q,
        pieces: rest,
      });
    }
    const what = [nucleus, ...q.pieces.map(slice)].filter(Boolean).join(' ');
    return { what, nucleus, head, rate: early?.rate ?? q.rate };
  };
  if (toks[k]?.normal === 'of' && PARTITIVE_PRONOUNS.has(toks[k + 1]?.normal ?? '')) {
    const ref = resolve(true);
    return build(ref?.nucleus ?? '', ref?.head ?? null, readQualifiers(toks, k + 2));
  }
  // "178 of 369 punches": the figure counts the whole's noun.
  const whole = toks[k]?.normal === 'of' ? readNumber(toks, k + 1, false) : null;
  if (whole) k = whole.last + 1;
  const np = nounPhraseAt(toks, k);
  if (np) {
    const unitOnly = core.unitKind === 'time' || core.unitKind === 'measure';
    const unitWord = unitOnly && core.nounStart <= core.last;
    const first = unitWord && np.first === core.nounStart && np.last > np.first ? np.first + 1 : np.first;
    const list = toks[np.last + 1]?.normal === 'of' ? ofListAt(toks, np.last + 2) : null;
    const last = list ? list.last : np.last;
    return build(slice({ first, last }), toks[np.last]?.lemma ?? null, readQualifiers(toks, last + 1));
  }
  if (toks[k]?.normal === 'of') {
    const list = ofListAt(toks, k + 1);
    if (list) {
      const inner = stripDeterminer(toks, list);
      const head = nounPhraseAt(toks, inner.first);
      return build(slice(inner), toks[head?.last ?? inner.last]?.lemma ?? null, readQualifiers(toks, list.last + 1));
    }
  }
  return elliptical({ toks, hedge, resolve, slice, build, count: core.unit === null }, k);
};

/**
 * A figure with no noun of its own: "the number has increased to 11,000", "this 10,000 won't", "the toll rose to 45".
 */
interface Ellipsis {
  readonly toks: Toks;
  readonly hedge: HedgeRead;
  readonly resolve: ResolveReferent;
  readonly slice: (r: Range) => string;
  readonly build: (nucleus: string, head: string | null, q: Qualifiers) => Counted;
  /** A plain count (no unit), whose verb may say what happened to those counted. */
  readonly count: boolean;
}

const elliptical = ({ toks, hedge, resolve, slice, build, count }: Ellipsis, k: number): Counted => {
  const q = readQualifiers(toks, k);
  const demonstrative = DEMONSTRATIVES.has(toks[hedge.first - 1]?.normal ?? '');
  const subject = toks[k]?.pos === 'AUX' || toks[k]?.pos === 'VERB';
  // "loans of 110 billion euros came": the noun before "of" is measured even when the figure heads a subject.
  const left = subject && toks[hedge.first - 1]?.normal !== 'of' ? null : leftNoun(toks, hedge.first);
  if (left && !left.figure) return build(slice(left.range), toks[left.range.last]?.lemma ?? null, q);
  const ref = resolve(demonstrative || !!left?.figure);
  if (ref && q.pieces.length === 0) return { ...build(ref.nucleus, ref.head, q), what: ref.what };
  if (ref) return build(ref.nucleus, ref.head, q);
  // "killed more than 31,000 in Bam": with no noun anywhere, the verb says what happened to those counted.
  const verb = toks[hedge.first - 1];
  const done = count && verb?.pos === 'VERB' && /ed$/.test(verb.normal) ? verb.text : '';
  return build(done, done ? (verb?.lemma ?? null) : null, q);
};
