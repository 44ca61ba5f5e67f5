import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, words } from '../../lexicon/index.js';
import { isValidDay } from './calendar.js';
import { monthNumber, WEEKDAYS } from './words.js';

const WEEKDAY_NAME = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`);
/** A weekday inside a name is no date: holidays and events before it, papers and shows after it. */
const NAMED_BEFORE = new RegExp(`\\b${alternation(words('dates/weekday-name-openers'))}\\s+$`);
const NAMED_AFTER = new RegExp(`^\\s+${alternation(words('dates/weekday-name-closers'))}\\b`);

const isNamedWeekday = (context: ParsingContext, r: ParsingResult): boolean =>
  r.start.isCertain('weekday') &&
  !r.start.isCertain('day') &&
  (NAMED_BEFORE.test(context.text.slice(0, r.index)) || NAMED_AFTER.test(context.text.slice(r.index + r.text.length)));

/** A month word written in lower case is the verb or noun it spells ("may", "march"). */
const hasLowercaseMonth = (text: string): boolean =>
  (text.match(/[A-Za-z]+\.?/g) ?? []).some((w) => monthNumber(w) !== undefined && /^[a-z]/.test(w));

const isValid = (r: ParsingResult): boolean => {
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return true;
  return isValidDay(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0);
};

/**
 * Drops chrono readings that are not dates in news prose: "may"/"march" in lower case, weekday abbreviations and
 * "weekend" ("The Sun reported"), weekdays in names ("Super Tuesday", "The Sunday Times"), fractions read as
 * month/day ("1/2"), impossible days.
 */
export const wordFormRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.filter((r) => {
      if (hasLowercaseMonth(r.text) || isNamedWeekday(context, r)) return false;
      if (r.start.isCertain('weekday') && !WEEKDAY_NAME.test(r.text)) return false;
      if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) return false;
      return isValid(r);
    }),
};

const LEADING = /^(?:[\s,(]|(?:on|in|at|since|of)\s)+/i;
const TRAILING = /(?:[\s,)]|\s(?:of|on|in))+$/i;

/** Trims the words and punctuation chrono keeps around a date ("on Thursday,", "February of"). */
export const trimRefiner: Refiner = {
  refine: (_context: ParsingContext, results: ParsingResult[]) =>
    results.map((r) => {
      const lead = LEADING.exec(r.text)?.[0].length ?? 0;
      const trail = TRAILING.exec(r.text.slice(lead))?.[0].length ?? 0;
      r.index += lead;
      r.text = r.text.slice(lead, r.text.length - trail);
      return r;
    }),
};
