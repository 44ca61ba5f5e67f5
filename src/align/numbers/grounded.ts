import { groundingForm } from '../grounding.js';

const SMALL_WORDS: Readonly<Record<number, string>> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
  11: 'eleven',
  12: 'twelve',
  20: 'twenty',
  100: 'hundred',
  1000: 'thousand',
  1000000: 'million',
};
const SCALES: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** Like printf's %g: six significant digits, no trailing zeros. */
const general = (n: number): string => String(Number(n.toPrecision(6)));

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `sentence` shows `value` in a form a reader (and the contract's checker) can find: its digits, "N billion"
 * style, or the word for a small number. A figure written otherwise ("a dozen", "$269m") is not cited.
 */
export const showsValue = (value: number, sentence: string): boolean => {
  const text = groundingForm(sentence).replace(/,/g, '');
  const forms = new Set([Number.isInteger(value) ? String(value) : general(value)]);
  for (const [scale, word] of SCALES) if (value >= scale) forms.add(`${general(value / scale)} ${word}`);
  const word = SMALL_WORDS[value];
  if (word) forms.add(word);
  return [...forms].some((f) => new RegExp(`(?<![\\d.])${escapeRegExp(f)}(?!\\d)`).test(text));
};
