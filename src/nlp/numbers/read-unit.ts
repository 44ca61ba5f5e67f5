import type { Hedge, Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import type { NumberRead } from './read-number.js';
import { CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from './units-lexicon.js';
import { glued } from './words.js';

type Toks = readonly Token[];

export type UnitKind = 'currency' | 'percent' | 'time' | 'measure' | 'other';

/** The unit written after a number, and where the counted phrase starts. */
export interface Unit {
  readonly unit: string | null;
  readonly kind: UnitKind | null;
  readonly last: number;
  readonly nounStart: number;
  readonly innerHedge: Hedge | null;
  readonly age?: boolean;
}

const FRACTIONS = words('figures/fraction-words');

/** The unit written after the number: "%", "per cent", "euros", "-day", "-year-old", "-plus", "minutes". */
export const readUnit = (toks: Toks, last: number, n: NumberRead): Unit | null => {
  const next = toks[last + 1];
  const w = next?.normal ?? '';
  const plain = (unit: string | null, kind: UnitKind | null, end: number, hedge: Hedge | null = null): Unit => ({
    unit,
    kind,
    last: end,
    nounStart: end + 1,
    innerHedge: hedge,
  });
  if (PERCENT_WORDS.has(w)) return plain('%', 'percent', last + 1);
  if (w === 'per' && toks[last + 2]?.normal === 'cent') return plain('%', 'percent', last + 2);
  if (w === 'percentage' && /^points?$/.test(toks[last + 2]?.normal ?? ''))
    return plain('percentage points', 'percent', last + 2);
  if (w === '+' && glued(toks[last], next)) return plain(null, null, last + 1, 'more than');
  if (w === '-' && glued(toks[last], next)) return readCompound(toks, last);
  const currency = CURRENCY_WORDS[w] ?? (w === 'won' && n.scale >= 1e3 ? 'KRW' : undefined) ?? pounds(toks, last, n);
  if (currency) return plain(currency, 'currency', last + (toks[last + 2]?.normal === 'sterling' ? 2 : 1));
  const time = TIME_UNITS[w];
  const measure = MEASURE_UNITS[w] ?? (w === 'pounds' || w === 'lbs' ? 'pounds' : undefined);
  const dimension = /^(square|cubic|nautical)$/.test(w) ? MEASURE_UNITS[toks[last + 2]?.normal ?? ''] : undefined;
  if (dimension) {
    return { unit: `${w} ${dimension}`, kind: 'measure', last: last + 2, nounStart: last + 1, innerHedge: null };
  }
  if (time || measure) {
    return {
      unit: time ?? measure ?? null,
      kind: time ? 'time' : 'measure',
      last: last + 1,
      nounStart: last + 1,
      innerHedge: null,
    };
  }
  return plain(null, null, last);
};

/** Sums in pounds are sterling when large or marked so; otherwise "pounds" is a weight. */
const pounds = (toks: Toks, last: number, n: NumberRead): string | undefined =>
  toks[last + 1]?.normal === 'pounds' && (n.scale >= 1e6 || toks[last + 2]?.normal === 'sterling') ? 'GBP' : undefined;

/** The words of a hyphenated compound after a number: "-nautical-mile", "-year-old"; "-year old" counts too. */
const compoundWords = (toks: Toks, last: number): number[] => {
  const at: number[] = [];
  for (let j = last + 1; at.length < 3; j += 2) {
    const word = toks[j + 1];
    if (
      toks[j]?.text !== '-' ||
      !glued(toks[j - 1], toks[j]) ||
      !glued(toks[j], word) ||
      !/^\p{L}+$/u.test(word?.text ?? '')
    )
      break;
    at.push(j + 1);
  }
  const end = at[at.length - 1];
  if (end !== undefined && toks[end]?.normal === 'year' && toks[end + 1]?.normal === 'old') at.push(end + 1);
  return at;
};

/**
 * "90-day", "three-year-old", "7.1-magnitude", "45,000-strong", "10,000-plus", "1,000-member"; fractions are not
 * read.
 */
const readCompound = (toks: Toks, last: number): Unit | null => {
  const at = compoundWords(toks, last);
  const words = at.map((j) => toks[j]?.normal ?? '');
  const end = at[at.length - 1];
  if (end === undefined) return { unit: null, kind: null, last, nounStart: last + 1, innerHedge: null };
  if (words.some((w) => FRACTIONS.has(w))) return null;
  const done = (unit: string | null, kind: UnitKind | null, hedge: Hedge | null = null): Unit => ({
    unit,
    kind,
    last: end,
    nounStart: end + 1,
    innerHedge: hedge,
    age: kind === 'time' && words[words.length - 1] === 'old',
  });
  const [w = ''] = words;
  if (w === 'plus') return done(null, null, 'more than');
  if (w === 'strong') return done(null, null);
  if (PERCENT_WORDS.has(w)) return done('%', 'percent');
  const time = TIME_UNITS[w];
  if (time) return done(time, 'time');
  const measure = words.map((x) => MEASURE_UNITS[x]).find(Boolean);
  if (measure) return done(measure, 'measure');
  return done(at.map((j) => toks[j]?.lemma ?? '').join('-'), 'other');
};
