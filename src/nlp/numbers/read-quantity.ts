import type { Hedge, Token } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';
import { CHANGE_VERBS } from './lexicon.js';
import { type NumberRead, readNumber, tidy } from './read-number.js';
import { readUnit, type Unit, type UnitKind } from './read-unit.js';
import { CURRENCY_PREFIXES, CURRENCY_WORDS } from './units-lexicon.js';

/** A figure as written, before deciding what it counts: number or range, currency, unit. */
export interface QuantityCore {
  readonly first: number;
  readonly last: number;
  readonly number: NumberRead;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string | null;
  readonly unitKind: UnitKind | null;
  /** Where the phrase naming what is counted starts ("86 minutes": at "minutes"). */
  readonly nounStart: number;
  /** A hedge written into the figure itself ("10,000-plus", "10,000+"). */
  readonly innerHedge: Hedge | null;
  /** "66-year-old": the figure is an age. */
  readonly age: boolean;
}

type Toks = readonly Token[];

const RANGE_LINKS = union(['to', '-'], words('punctuation/dashes'));

const currencyAt = (t: Token | undefined): string | null =>
  t && (t.type === 'currency' || t.pos === 'SYM' || /^[A-Za-z]{2,3}\.?$/.test(t.text))
    ? (CURRENCY_PREFIXES[t.normal] ?? null)
    : null;

/** Reads the figure starting at token `i` (a currency mark or a number), or null. */
export const readQuantity = (toks: Toks, i: number): QuantityCore | null => {
  const currency = currencyAt(toks[i]);
  const at = currency ? i + 1 : i;
  const n = readNumber(toks, at, currency !== null || CURRENCY_WORDS[toks[at + 2]?.normal ?? ''] !== undefined);
  if (!n) return null;
  const range = readRangeEnd(toks, i, n);
  const end = range?.last ?? n.last;
  const unit = currency ? currencyUnit(toks, currency, end) : readUnit(toks, end, range?.end ?? n);
  if (!unit) return null;
  const magnitude = toks[i - 1]?.normal === 'magnitude' && !unit.unit;
  return {
    first: i,
    last: unit.last,
    number: n,
    value: range ? range.low : n.value,
    low: range ? range.low : n.low,
    high: range ? range.high : n.high,
    unit: magnitude ? 'magnitude' : unit.unit,
    unitKind: magnitude ? 'measure' : unit.kind,
    nounStart: unit.nounStart,
    innerHedge: unit.innerHedge,
    age: unit.age ?? false,
  };
};

const currencyUnit = (toks: Toks, currency: string, last: number): Unit => {
  const end = last + (toks[last + 1]?.normal === 'sterling' ? 1 : 0);
  return { unit: currency, kind: 'currency', last: end, nounStart: end + 1, innerHedge: null };
};

interface RangeEnd {
  readonly low: number;
  readonly high: number;
  readonly last: number;
  readonly end: NumberRead;
}

/** "3,000 to 5,000", "between 20 and 30", "3 to 5 million", "$1m-$2m"; not "rose from 10 to 12" (a change). */
const readRangeEnd = (toks: Toks, i: number, n: NumberRead): RangeEnd | null => {
  const link = toks[n.last + 1];
  const between = toks[i - 1]?.normal === 'between';
  if (!link || !(RANGE_LINKS.has(link.normal) || (between && link.normal === 'and'))) return null;
  if (isChange(toks, i)) return null;
  const at = currencyAt(toks[n.last + 2]) ? n.last + 3 : n.last + 2;
  const m = readNumber(toks, at, true);
  if (!m || m.low !== null) return null;
  const low = n.scale === 1 && m.scale > 1 && n.value * m.scale <= m.value ? tidy(n.value * m.scale) : n.value;
  return low < m.value ? { low, high: m.value, last: m.last, end: m } : null;
};

/** "from A to B" after a verb of change is two figures, the old and the new. */
const isChange = (toks: Toks, i: number): boolean => {
  if (toks[i - 1]?.normal !== 'from') return false;
  for (let j = i - 2; j >= Math.max(0, i - 5); j--) if (CHANGE_VERBS.has(toks[j]?.lemma ?? '')) return true;
  return false;
};
