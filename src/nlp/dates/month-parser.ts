import type { Parser } from 'chrono-node';
import { boundedParser, RELATIVE_TAG } from './bounded-parser.js';
import { ymdOfInstant } from './calendar.js';
import { nearestMonth } from './resolve.js';
import { anyInitialCase, MONTH_PATTERN, monthNumber, YEAR_PATTERN } from './words.js';

const PREFIX = ['early', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'this past']
  .concat(['last', 'this', 'next'])
  .map(anyInitialCase)
  .join('|');

const PATTERN = new RegExp(
  `(?:(${PREFIX})(?:\\s+|-))?(${MONTH_PATTERN})` +
    `(?:(?:,?\\s+|\\s+of\\s+)(${YEAR_PATTERN})(?!\\d)|\\s+of(?=\\s+(this|last|next)\\s+year\\b))?(?![\\p{L}\\p{N}])`,
  'u',
);

const YEAR_STEP: Record<string, number> = { this: 0, last: -1, next: 1 };

/**
 * What chrono's month parsers leave out: a month with a part-of-month word ("mid-October", "early June 2009"), with
 * "last"/"next" ("last June"), or a relative year ("October of next year": "October" here, "next year" on its own).
 * Plain months are chrono's.
 */
export const monthParser: Parser = boundedParser(PATTERN, (context, match, index) => {
  const prefix = (match[1] ?? '').toLowerCase();
  const month = monthNumber(match[2] ?? '');
  const relativeYear = match[4];
  if (month === undefined || (prefix === '' && relativeYear === undefined)) return null;
  const ref = ymdOfInstant(context.refDate);
  const explicitYear = match[3];
  if (explicitYear) return context.createParsingResult(index, match[0], { month, year: Number(explicitYear) });
  if (relativeYear) {
    const year = ref.year + (YEAR_STEP[relativeYear.toLowerCase()] ?? 0);
    return context.createParsingResult(index, match[0], { month, year }).addTag(RELATIVE_TAG);
  }
  if (prefix === 'last' || prefix === 'this past' || prefix === 'next') {
    const { year } = nearestMonth(ref, month, prefix === 'next' ? 'future' : 'past', true);
    return context.createParsingResult(index, match[0], { month, year }).addTag(RELATIVE_TAG);
  }
  // The year is left open: which side of the reference it lies on depends on the sentence's tense.
  return context.createParsingResult(index, match[0], { month });
});
