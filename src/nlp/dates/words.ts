import { alternation, monthNumber, numberMap } from '../../lexicon/index.js';

const capitalised = (word: string): string => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;

/** Month and weekday names as written in prose, capitalised, in calendar order. */
export const MONTHS: readonly string[] = [...numberMap('calendar/months').keys()].map(capitalised);
export const WEEKDAYS: readonly string[] = [...numberMap('calendar/weekdays').keys()].map(capitalised);

export { monthNumber };

/** Abbreviations news style allows: only months longer than five letters are shortened ("Oct.", never "Mar."). */
const DOTTED = [...numberMap('calendar/month-abbreviations')]
  .filter(([, n]) => (MONTHS[n - 1]?.length ?? 0) > 5)
  .map(([w]) => capitalised(w));

/** Full month names, capitalised, and dotted abbreviations ("Oct."): lower-case "may" and "march" are verbs. */
export const MONTH_PATTERN = `(?:${MONTHS.join('|')}|${alternation(DOTTED)}\\.)`;

/** A regex source matching `word` with either case of its first letter ("Early", "early"). */
export const anyInitialCase = (word: string): string =>
  `[${word[0]?.toUpperCase()}${word[0]?.toLowerCase()}]${word.slice(1)}`;

/** Years a bare four-digit number may stand for in news text. */
export const YEAR_PATTERN = '(?:1[89]|20)\\d\\d';

/** Counts written as words, as in "three days ago" and "a year ago": "a"/"an" and the ones up to a dozen. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...[...numberMap('numbers/ones')].filter(([, n]) => n >= 1 && n <= 12),
]);
