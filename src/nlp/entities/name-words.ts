import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { LEX } from './gazetteer/index.js';
import { isAllCaps, startsUpper, wordKey } from './normalize.js';

/** A word as names see it: one token, or tokens joined by hyphens ("Tae-yul", "al-Assad", "Asia-Pacific"). */
export interface Unit {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  /** Starts a name: capitalised, or a particle joined to a capitalised part ("al-Assad"). */
  readonly cap: boolean;
  readonly upper: boolean;
  /** Lexicon form: lower case, no trailing dot. */
  readonly word: string;
  readonly pos: string;
  /** The token carried a possessive ending ("Reid's" as one token), which the unit leaves out. */
  readonly possessive: boolean;
  /** A model or code with digits ("A380", "AK-47", "G20"). */
  readonly code: boolean;
}

const HYPHENS = words('punctuation/hyphens');
const POSSESSIVE = /['’]s$/;
const DERIVED = /(ed|ing|ly)$/;

const LETTER_START = /^\p{L}/u;
const DIGIT = /\d/;

/** Capital letters, then digits: a model or code ("A380", "F-16", "MH17", "COVID-19"). */
const CODE = /^\p{Lu}+[-‐‑]?\d[\p{L}\d]*(?:[-‐‑][\p{L}\d]+)?$/u;

export const isNameToken = (t: Token | undefined): t is Token =>
  t !== undefined && t.type === 'word' && LETTER_START.test(t.text) && (!DIGIT.test(t.text) || CODE.test(t.text));

/** A code glued to a number before it ("877-LAPD-24-7"): a phone number or serial, no name. */
const tailOfCode = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const h = tokens[i - 1];
  return t !== undefined && DIGIT.test(t.text) && h !== undefined && HYPHENS.has(h.text) && h.end === t.start;
};

/** Whether `next`, after a hyphen, continues the name begun by the unit from token `from`. */
const continues = (tokens: readonly Token[], from: number, at: number, next: Token): boolean => {
  const head = tokens[from];
  if (!head) return false;
  // "then-Secretary", "pro-Russian": a lower-case head that is no name particle is a prefix, not part of a name.
  if (!startsUpper(head.text) && !LEX.particles.has(head.text.toLowerCase())) return false;
  if (startsUpper(next.text)) return true;
  const after = tokens[at + 2];
  const joinsAgain = after && HYPHENS.has(after.text) && after.start === next.end;
  if (joinsAgain && next.text.length <= 3) return true;
  const before = tokens[from - 1];
  // A lower-case tail belongs to a name only inside a multi-word name ("Cho Tae-yul", "Kim Jong-un").
  const inName = startsUpper(head.text) && isNameToken(before) && startsUpper(before.text);
  const w = next.text.toLowerCase();
  return Boolean(inName) && w.length <= 6 && !DERIVED.test(w) && !LEX.hyphenTails.has(w);
};

/** Joins tokens into units; only word tokens with letters and no digits become units. */
export const buildUnits = (text: string, tokens: readonly Token[]): Unit[] => {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameToken(t) || tailOfCode(tokens, i)) continue;
    let last = i;
    for (;;) {
      const h = tokens[last + 1];
      const w = tokens[last + 2];
      const end = tokens[last]?.end;
      if (!h || !isNameToken(w) || !HYPHENS.has(h.text) || h.start !== end || w.start !== h.end) break;
      if (w.sentence !== t.sentence || !continues(tokens, i, last + 2, w)) break;
      last += 2;
    }
    const fullEnd = tokens[last]?.end ?? t.end;
    const possessive = POSSESSIVE.test(text.slice(t.start, fullEnd)) && fullEnd - t.start > 2;
    const end = possessive ? fullEnd - 2 : fullEnd;
    const unitText = text.slice(t.start, end);
    const pieces = unitText.split(/[-‐‑]/);
    const particle = pieces.length > 1 && LEX.particles.has((pieces[0] ?? '').toLowerCase());
    units.push({
      index: units.length,
      start: t.start,
      end,
      text: unitText,
      first: i,
      last,
      sentence: t.sentence,
      cap: startsUpper(unitText) || (particle && pieces.slice(1).some(startsUpper)),
      upper: isAllCaps(unitText),
      word: wordKey(unitText),
      pos: t.pos,
      possessive,
      code: DIGIT.test(unitText),
    });
    i = last;
  }
  return units;
};
