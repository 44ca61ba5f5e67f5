import { Chrono, casual } from 'chrono-node';
import { monthParser } from './month-parser.js';
import { trimRefiner, wordFormRefiner } from './refiners.js';
import { relativeParsers } from './relative-parser.js';
import { samePeriodParser } from './same-period.js';
import { seasonParser } from './season-parser.js';
import { yearParser } from './year-parser.js';

/** chrono's parsers for written dates, month names and weekdays; its time, duration and relative ones are left out. */
const CHRONO_PARSERS = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENYearMonthDayParser',
  'ENMonthNameParser',
]);

/** Range merging would hide the second date of "from 2009 to 2011"; the number filter would drop bare years. */
const DROPPED_REFINERS = new Set(['ENMergeDateRangeRefiner', 'UnlikelyFormatFilter', 'ENMergeDateTimeRefiner']);

let shared: Chrono | undefined;

/** The one date parser of the process: chrono's date parsers and refiners with Triangulate's own around them. */
export const dateEngine = (): Chrono => {
  if (shared) return shared;
  const parsers = casual.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
  // A chrono upgrade that renames a parser must fail loudly, not silently stop finding dates.
  if (parsers.length !== CHRONO_PARSERS.size) throw new Error('chrono-node: expected date parsers are missing');
  const refiners = casual.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  shared = new Chrono({
    // Ours come first: on a tie in length chrono keeps the earlier parser's reading.
    parsers: [samePeriodParser, ...relativeParsers, monthParser, seasonParser, yearParser, ...parsers],
    refiners: [wordFormRefiner, ...refiners, trimRefiner],
  });
  return shared;
};
