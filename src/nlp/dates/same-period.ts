import type { Parser } from 'chrono-node';
import { boundedParser } from './bounded-parser.js';

export const YEAR_BEFORE_TAG = 'triangulate/year-before';

const PATTERN =
  /the\s+same\s+(?:month|period|quarter|time|week|day)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b/i;

/** "the same month a year ago": the date named just before it in the sentence, one year back. */
export const samePeriodParser: Parser = boundedParser(PATTERN, (context, match, index) =>
  context.createParsingResult(index, match[0]).addTag(YEAR_BEFORE_TAG),
);

/** `value` one year earlier at the same granularity ("2009-01" → "2008-01"; a February 29 becomes the 28th). */
export const yearBefore = (value: string): string => {
  const year = String(Number(value.slice(0, 4)) - 1).padStart(4, '0');
  const rest = value.slice(4);
  return rest.endsWith('-02-29') ? `${year}-02-28` : `${year}${rest}`;
};
