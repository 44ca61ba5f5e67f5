import type { Token } from '../../doc/index.js';
import { SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_PLURALS, VAGUE_QUANTIFIERS } from './lexicon.js';
import { make, type NumberRead } from './number-record.js';

type Toks = readonly Token[];

/** "thousands", "tens of thousands", "hundreds of millions", "several hundred", "a few thousand". */
export const readVague = (toks: Toks, i: number): NumberRead | null => {
  const w = toks[i]?.normal ?? '';
  const next = toks[i + 1]?.normal ?? '';
  const third = toks[i + 2]?.normal ?? '';
  if ((w === 'tens' || w === 'hundreds') && next === 'of' && VAGUE_PLURALS[third] && third !== 'dozens') {
    return make(i, i + 2, w === 'tens' ? 10 : 100, VAGUE_PLURALS[third] ?? 1, { vague: true, worded: true });
  }
  const plural = VAGUE_PLURALS[w];
  if (plural !== undefined) return make(i, i, 1, plural, { vague: true, worded: true });
  const at = w === 'a' && VAGUE_QUANTIFIERS.has(next) ? i + 1 : i;
  const quantifier = toks[at]?.normal ?? '';
  const magnitude = toks[at + 1]?.normal ?? '';
  const scale = SCALE_WORDS[magnitude] ?? VAGUE_PLURALS[magnitude] ?? (magnitude === 'dozen' ? 12 : undefined);
  if (!VAGUE_QUANTIFIERS.has(quantifier) || scale === undefined) return null;
  return make(i, at + 1, 1, scale, { vague: true, worded: true });
};

/** Spelled-out numbers: "three", "twenty-five", "one hundred and fifty", "a dozen", "two million". */
export const readWords = (toks: Toks, i: number): NumberRead | null => {
  let total = 0;
  let current = 0;
  let last = -1;
  let lastScale = 1;
  let prev: 'unit' | 'tens' | 'scale' | null = null;
  let j = i;
  const first = toks[i]?.normal ?? '';
  if (first === 'a' || first === 'an') {
    if (scaleOf(toks[i + 1]?.normal ?? '') === undefined) return null;
    current = 1;
    prev = 'unit';
    j = i + 1;
  }
  for (; j < toks.length; j++) {
    const w = toks[j]?.normal ?? '';
    const unit = UNITS_WORDS[w];
    const tens = TENS_WORDS[w];
    const scale = scaleOf(w);
    if (unit !== undefined && (prev === null || prev === 'scale' || (prev === 'tens' && unit < 10))) {
      current += unit;
      prev = 'unit';
    } else if (tens !== undefined && (prev === null || prev === 'scale')) {
      current += tens;
      prev = 'tens';
    } else if (scale !== undefined && prev !== null) {
      if (scale >= 1000) {
        total += (current || 1) * scale;
        current = 0;
      } else current = (current || 1) * scale;
      prev = 'scale';
    } else if (joinsNumberWords(toks, j, last)) continue;
    else break;
    last = j;
    lastScale = prev === 'scale' ? (scale ?? 1) : 1;
  }
  if (last < 0) return null;
  return make(i, last, (total + current) / lastScale, lastScale, { worded: true });
};

const scaleOf = (w: string): number | undefined => SCALE_WORDS[w] ?? (w === 'dozen' ? 12 : undefined);

/** A hyphen in "twenty-five" or an "and" in "one hundred and fifty" continues the number. */
const joinsNumberWords = (toks: Toks, j: number, last: number): boolean => {
  const w = toks[j]?.normal ?? '';
  const prev = toks[j - 1]?.normal ?? '';
  const next = toks[j + 1]?.normal ?? '';
  if (last !== j - 1) return false;
  if (w === '-') return TENS_WORDS[prev] !== undefined && (UNITS_WORDS[next] ?? 10) < 10;
  if (w === 'and') return prev === 'hundred' && (UNITS_WORDS[next] !== undefined || TENS_WORDS[next] !== undefined);
  return false;
};
