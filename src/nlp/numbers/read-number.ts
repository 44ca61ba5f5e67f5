import type { Token } from '../../doc/index.js';
import { bare, isMonth, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon.js';
import { make, type NumberRead, tidy } from './number-record.js';
import { readVague, readWords } from './read-words.js';

export type { NumberRead } from './number-record.js';
export { tidy } from './number-record.js';

type Toks = readonly Token[];

const DIGITS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const HYPHEN_RANGE = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;

const plain = (s: string): number => Number(s.replace(/,/g, ''));

/** Reads the number starting at token `i`, or null. `money` allows "m"/"bn" abbreviations. */
export const readNumber = (toks: Toks, i: number, money: boolean): NumberRead | null => {
  const digits = readDigits(toks, i);
  if (digits) return applyScale(toks, digits, money);
  return readVague(toks, i) ?? readWords(toks, i);
};

const readDigits = (toks: Toks, i: number): NumberRead | null => {
  const t = toks[i];
  if (t?.type !== 'number') return null;
  if (DIGITS.test(t.text)) return splitThousands(toks, i) ?? make(i, i, plain(t.text), 1);
  const range = HYPHEN_RANGE.exec(t.text);
  // "555-1234" is a telephone number; "is 122-147 in three seasons" a win-loss record.
  if (!range?.[1] || !range[2] || /^\d{3}-\d{4}$/.test(t.text)) return null;
  const next = toks[i + 1];
  if (
    !next ||
    !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.type === 'symbol' || /^(per|percent)$/.test(next.normal))
  )
    return null;
  const low = plain(range[1]);
  const high = plain(range[2]);
  // "5-4" is a score, not a range.
  return low < high ? make(i, i, low, 1, { low, high }) : null;
};

/** Some sources space the thousands separator ("70, 000"); such a pair reads as one number. */
const splitThousands = (toks: Toks, i: number): NumberRead | null => {
  const [t, comma, rest, after] = [toks[i], toks[i + 1], toks[i + 2], toks[i + 3]];
  if (!t || !comma || !rest || !/^\d{1,3}$/.test(t.text) || comma.text !== ',' || !/^\d{3}$/.test(rest.text))
    return null;
  if (comma.start !== t.end || rest.start !== comma.end + 1 || after?.type === 'number') return null;
  if (isMonth(toks[i - 1]?.normal ?? '')) return null;
  return make(i, i + 2, plain(t.text + rest.text), 1);
};

const applyScale = (toks: Toks, n: NumberRead, money: boolean): NumberRead => {
  let scale = 1;
  let last = n.last;
  for (let j = n.last + 1; j < toks.length; j++) {
    // "$5-million pool": a hyphen may join the magnitude.
    const hyphen = toks[j]?.text === '-' && toks[j]?.start === toks[j - 1]?.end ? 1 : 0;
    const w = toks[j + hyphen]?.normal ?? '';
    const s = SCALE_WORDS[w] ?? (w === 'dozen' ? 12 : undefined) ?? (money ? SCALE_ABBREVIATIONS[bare(w)] : undefined);
    if (s === undefined) break;
    scale *= s;
    j += hyphen;
    last = j;
  }
  if (scale === 1) return n;
  const low = n.low === null ? null : tidy(n.low * scale);
  const high = n.high === null ? null : tidy(n.high * scale);
  return make(n.first, last, n.base, scale, { low, high });
};
