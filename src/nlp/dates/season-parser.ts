import type { Parser } from 'chrono-node';
import { boundedParser, RELATIVE_TAG, SEASON_TAG } from './bounded-parser.js';
import { ymdOfInstant } from './calendar.js';
import { YEAR_PATTERN } from './words.js';

/** First and last month of each season of one calendar year; winter straddles two years and has no such pair. */
export const SEASON_MONTHS: Record<string, readonly [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
};

const SEASON_PREPOSITION = /\b(?:in|during|over|since|until|by|through|throughout)\s+$/i;

const PATTERN = new RegExp(
  `(?:(this\\s+past|this|last|next|the|in|during|early|late|mid)(?:\\s+|-))?(spring|summer|fall|autumn|winter)` +
    `(?:\\s+(?:of\\s+)?(${YEAR_PATTERN})(?!\\d))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * "this past summer", "last fall", "the spring of 2023": a season names its year. Without a year the value is left
 * to the sentence's tense; winter is kept only with a year, as its months span two.
 */
export const seasonParser: Parser = boundedParser(PATTERN, (context, match, index) => {
  const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const season = (match[2] ?? '').toLowerCase();
  const explicitYear = match[3];
  const tag = `${SEASON_TAG}/${season}`;
  if (explicitYear) return context.createParsingResult(index, match[0], { year: Number(explicitYear) }).addTag(tag);
  const months = SEASON_MONTHS[season];
  const following = context.text.slice(index + match[0].length);
  // A bare "fall" is a verb, "the fall of Kabul" an event, "the Summer Olympics" a name.
  if (!months || modifier === '' || /^\s+of\b/i.test(following) || /^\s+[A-Z]/.test(following)) return null;
  // "the fall in prices" is a drop; "in the fall" is the season.
  if (season === 'fall' && modifier === 'the' && !SEASON_PREPOSITION.test(context.text.slice(0, index))) return null;
  const ref = ymdOfInstant(context.refDate);
  const [first, last] = months;
  let year: number | undefined;
  if (modifier === 'this') year = ref.year;
  else if (modifier === 'last' || modifier === 'this past') year = ref.month > last ? ref.year : ref.year - 1;
  else if (modifier === 'next') year = ref.month < first ? ref.year : ref.year + 1;
  if (year === undefined) return context.createParsingResult(index, match[0], { month: first }).addTag(tag);
  return context.createParsingResult(index, match[0], { year }).addTag(tag).addTag(RELATIVE_TAG);
});
