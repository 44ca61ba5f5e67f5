import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { alternation } from '../../lexicon/index.js';
import { boundedParser, RELATIVE_TAG } from './bounded-parser.js';
import { addDays, mondayOf, type Ymd, ymdOfInstant } from './calendar.js';
import { monthOfSpan, shiftMonth } from './resolve.js';
import { NUMBER_WORDS } from './words.js';

type Parts = { year: number; month?: number; day?: number };

const result = (context: ParsingContext, index: number, text: string, parts: Parts | null): ParsingResult | null => {
  if (!parts) return null;
  return context.createParsingResult(index, text, parts).addTag(RELATIVE_TAG);
};

const dayParts = (d: Ymd): Parts => ({ year: d.year, month: d.month, day: d.day });

const DAY_OFFSETS: Record<string, number> = {
  today: 0,
  tonight: 0,
  morning: 0,
  afternoon: 0,
  evening: 0,
  yesterday: -1,
  night: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
};

const DAY_PATTERN =
  /(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow)\b|this\s+(morning|afternoon|evening)\b|last\s+(night)\b|(the day before yesterday)\b/i;

/** "today", "earlier today", "yesterday", "last night", "tomorrow": days counted from the reference. */
const dayParser = boundedParser(DAY_PATTERN, (context, match, index) => {
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
  const offset = DAY_OFFSETS[word] ?? 0;
  return result(context, index, match[0], dayParts(addDays(ymdOfInstant(context.refDate), offset)));
});

/** The days a week-sized phrase covers; its value is their month when they share one (a week is not a day). */
const weekSpan = (ref: Ymd, which: string, unit: string): [Ymd, Ymd] => {
  const monday = mondayOf(ref);
  if (unit === 'weekend') {
    const saturday = addDays(monday, which === 'last' || which === 'this past' ? -2 : which === 'next' ? 12 : 5);
    return [saturday, addDays(saturday, 1)];
  }
  if (which === 'this past') return [addDays(ref, -7), addDays(ref, -1)];
  const start = addDays(monday, which === 'last' ? -7 : which === 'next' ? 7 : 0);
  return [start, addDays(start, 6)];
};

const periodParts = (ref: Ymd, which: string, unit: string): Parts | null => {
  const step = which === 'last' || which === 'this past' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return { year: ref.year + step };
  if (unit === 'month') return shiftMonth(ref, step);
  const [from, to] = weekSpan(ref, which, unit);
  return monthOfSpan(from, to);
};

const PERIOD_PATTERN = new RegExp(
  '(?:(?:earlier|later|so\\s+far|early|late)\\s+|(?:the\\s+)?(?:end|beginning|start|middle|rest|first\\s+half|second\\s+half)\\s+of\\s+)?' +
    '(this\\s+past|this|last|next)\\s+(week|weekend|month|year)\\b|the\\s+(previous)\\s+(month|year)\\b',
  'i',
);

/** "this week", "earlier this month", "last year", "the end of this year", "the previous year". */
const periodParser = boundedParser(PERIOD_PATTERN, (context, match, index) => {
  const which = (match[1] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = (match[2] ?? match[4] ?? '').toLowerCase();
  // "the last week of March", "over the last year": a stretch of time, not a date.
  if (which === 'last' && /\bthe\s+$/i.test(context.text.slice(0, index))) return null;
  return result(context, index, match[0], periodParts(ymdOfInstant(context.refDate), which, unit));
});

const AGO_PATTERN = new RegExp(
  `(${alternation(NUMBER_WORDS.keys())}|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago\\b`,
  'i',
);
/** A hedge before the count; checked on the text before the match, as chrono retries just after a refused one. */
const HEDGED = /\b(?:more\s+than|over|nearly|almost|about|around|some|roughly|less\s+than|at\s+least|up\s+to)\s+$/i;

/** "three days ago", "a year ago"; a hedged count ("more than a week ago") names no date. */
const agoParser = boundedParser(AGO_PATTERN, (context, match, index) => {
  if (HEDGED.test(context.text.slice(0, index))) return null;
  const word = (match[1] ?? '').toLowerCase();
  const n = NUMBER_WORDS.get(word) ?? Number(word);
  const unit = (match[2] ?? '').toLowerCase();
  const ref = ymdOfInstant(context.refDate);
  if (unit === 'day') return result(context, index, match[0], dayParts(addDays(ref, -n)));
  if (unit === 'month') return result(context, index, match[0], shiftMonth(ref, -n));
  if (unit === 'year') return result(context, index, match[0], { year: ref.year - n });
  const monday = addDays(mondayOf(ref), -7 * n);
  return result(context, index, match[0], monthOfSpan(monday, addDays(monday, 6)));
});

export const relativeParsers: readonly Parser[] = [dayParser, periodParser, agoParser];
