import type { Parser } from 'chrono-node';
import { words } from '../../lexicon/index.js';
import { boundedParser } from './bounded-parser.js';
import { YEAR_PATTERN } from './words.js';

const PATTERN = new RegExp(
  `(?:(?:early|mid|late|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half|rest)\\s+of)(?:\\s+|-))?` +
    `(${YEAR_PATTERN})(?![\\p{L}\\p{N}]|[.,:/]\\d|-\\d\\d(?!\\d)|\\s*(?:%|per\\s*cent))`,
  'iu',
);

/** Words before a number that make it a date whatever follows ("in 2009 sales fell"). */
const DATE_PREPOSITIONS = words('dates/date-prepositions');

/** Words before a number that make it a label or an amount ("Flight 1549", "Resolution 1973", "US$ 2000"). */
const LABELS = words('dates/number-labels');

/** Words after a count that are not plural in form: collective nouns and units. */
const COUNTED = words('dates/counted-after-a-number');

/** A number before a time zone or "hours" is a clock time ("1900 GMT"). */
const CLOCK = /^\s*\(?(?:GMT|UTC|Z|[A-Z]{1,3}[SD]?T|hours|hrs|h|local\s+time)\b/;

const lastWord = (text: string): string => /(\S+)\s*$/.exec(text)?.[1]?.toLowerCase() ?? '';

/** A lower-case word that reads as a plural noun after a count ("2000 troops"); "was", "has", "its" are not. */
const isCountedNoun = (word: string): boolean =>
  COUNTED.has(word) || (word.length > 3 && /[^su]s$/.test(word) && !/(?:ous|ss|is|as|us)$/.test(word));

/** A bare year ("in 2009", "the 2008 Olympics", "late 2006"), unless the number counts something ("2000 troops"). */
export const yearParser: Parser = boundedParser(PATTERN, (context, match, index) => {
  const year = Number(match[1]);
  const before = lastWord(context.text.slice(0, index));
  const next = /^\s+([A-Za-z]+)/.exec(context.text.slice(index + match[0].length))?.[1] ?? '';
  if (LABELS.has(before) || CLOCK.test(context.text.slice(index + match[0].length))) return null;
  // A capitalised plural is a name ("the 2008 Games"); a capitalised unit is still a unit ("2000 MW").
  const counts = next === next.toLowerCase() ? isCountedNoun(next) : COUNTED.has(next.toLowerCase());
  if (!DATE_PREPOSITIONS.has(before) && counts) return null;
  return context.createParsingResult(index, match[0], { year });
});
