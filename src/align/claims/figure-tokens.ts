import { contains, type Hedge, type Span, type Token } from '../../doc/index.js';
import { HEDGES_BEFORE, monthNumber } from '../../lexicon/index.js';
import { termOf } from './terms.js';
import type { ClaimUnit, Figure } from './types.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CLOCK = /^(?:a\.?m\.?|p\.?m\.?|:)$/;

/** A year, a day of a month, or a time of day: when, not how many. */
const isDatePart = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t) return false;
  if (/^\d{4}$/.test(t.text) && Number(t.text) >= 1900 && Number(t.text) <= 2100) return true;
  const [before, after] = [tokens[i - 1]?.normal ?? '', tokens[i + 1]?.normal ?? ''];
  return monthNumber(before) !== undefined || monthNumber(after) !== undefined || before === ':' || CLOCK.test(after);
};

/** The hedge written just before token `i` ("up to", "about") and its first token, or null. */
const hedgeBefore = (tokens: readonly Token[], i: number): { hedge: Hedge; start: Token } | null => {
  for (const [parts, hedge] of HEDGES_BEFORE) {
    const run = tokens.slice(i - parts.length, i);
    const start = run[0];
    if (start && run.length === parts.length && run.every((t, k) => t.normal === parts[k])) return { hedge, start };
  }
  return null;
};

/** Words between a figure and the noun it counts: "8,000 North Korean troops", "$160 million offer". */
const MODIFIERS = new Set(['ADJ', 'PROPN', 'NUM', 'PUNCT']);

/** The noun a figure counts, within a few words after it, or null ("8,000 of them", "Reid, 33,"). */
const countedNoun = (tokens: readonly Token[], after: number): string | null => {
  for (let i = after; i < Math.min(tokens.length, after + 4); i++) {
    const t = tokens[i];
    if (!t || (t.pos === 'PUNCT' && t.text !== '-')) return null;
    // "36-year-old" gives an age, and whose age is not said here.
    if (t.pos === 'NOUN')
      return /^-?$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.normal === 'old' ? null : termOf(t);
    if (!MODIFIERS.has(t.pos)) return null;
  }
  return null;
};

/** Figures written in digits, for articles the quantity extractor has not annotated. */
export const tokenFigures = (unit: ClaimUnit, text: string, dates: readonly Span[]): Figure[] => {
  const out: Figure[] = [];
  unit.tokens.forEach((t, i) => {
    if (!DIGITS.test(t.text) || isDatePart(unit.tokens, i) || dates.some((d) => contains(d, t))) return;
    const scaleToken = unit.tokens[i + 1];
    const scale = scaleToken ? SCALES[scaleToken.normal] : undefined;
    const value = Number(t.text.replace(/,/g, '')) * (scale ?? 1);
    const hedged = hedgeBefore(unit.tokens, i);
    const start = hedged?.start.start ?? t.start;
    const end = scale !== undefined && scaleToken ? scaleToken.end : t.end;
    const slot = countedNoun(unit.tokens, i + (scale === undefined ? 1 : 2));
    const surface = text.slice(start, end);
    const measure = CURRENCIES[unit.tokens[i - 1]?.text ?? ''] ?? (unit.tokens[i + 1]?.text === '%' ? '%' : null);
    const hedge = hedged?.hedge ?? 'exact';
    out.push({ value, low: null, high: null, hedge, surface, sentence: unit.sentence, slot, unit: measure });
  });
  return out;
};
