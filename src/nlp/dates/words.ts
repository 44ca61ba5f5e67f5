export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month words as chrono reads them, lower-cased, with AP-style abbreviations. */
const MONTH_WORDS = new Map<string, number>([
  ...MONTHS.map((m, i): [string, number] => [m.toLowerCase(), i + 1]),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i): [string, number] => [
    m,
    i < 4 ? i + 1 : i + 2,
  ]),
  ['sept', 9],
]);

export const monthNumber = (word: string): number | undefined => MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, ''));

/** Full month names, capitalised, and dotted abbreviations ("Oct."): lower-case "may" and "march" are verbs. */
export const MONTH_PATTERN = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.)`;

/** A regex source matching `word` with either case of its first letter ("Early", "early"). */
export const anyInitialCase = (word: string): string =>
  `[${word[0]?.toUpperCase()}${word[0]?.toLowerCase()}]${word.slice(1)}`;

/** Years a bare four-digit number may stand for in news text. */
export const YEAR_PATTERN = '(?:1[89]|20)\\d\\d';

/** Counts written as words, as in "three days ago" and "a year ago". */
export const NUMBER_WORDS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (w, i): [string, number] => [w, i + 1],
  ),
]);
