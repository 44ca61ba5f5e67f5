/** Spelled-out numbers, magnitudes and calendar words used to read and to reject figures, from `data/lexicon`. */
import { alternation, monthNumber, numberMap, record, words } from '../../lexicon/index.js';

const ONES = numberMap('numbers/ones');
export const UNITS_WORDS = record(ONES);
export const TENS_WORDS = record(numberMap('numbers/tens'));
export const SCALE_WORDS = record(numberMap('numbers/scales'));
export const SCALE_ABBREVIATIONS = record(numberMap('numbers/scale-abbreviations'));
export const CHANGE_VERBS = words('verbs/change-verbs');
const VAGUE = numberMap('numbers/vague-plurals');
export const VAGUE_PLURALS = record(VAGUE);
export const VAGUE_QUANTIFIERS = words('numbers/vague-quantifiers');

/** A token's bare word, lower-cased and without a trailing abbreviation dot ("Oct." → "oct"). */
export const bare = (normal: string): string => normal.replace(/\.$/, '');

export const isMonth = (normal: string): boolean => monthNumber(bare(normal)) !== undefined;

const WEEKDAYS = numberMap('calendar/weekdays');

/** True for month names and weekdays in full, the words that make a nearby number a date ("sat" is mostly a verb). */
export const isCalendarWord = (normal: string): boolean => isMonth(normal) || WEEKDAYS.has(bare(normal));

const VAGUE_WORD = new RegExp(`\\b${alternation([...VAGUE.keys(), ...VAGUE_QUANTIFIERS])}\\b`, 'i');
/** Counts up to a dozen: "one of thousands" names a count, so the phrase is not vague. */
const SMALL_COUNT = new RegExp(
  `\\b${alternation([...ONES].filter(([, n]) => n >= 1 && n <= 12).map(([w]) => w))}\\b`,
  'i',
);

/** A phrase built from vague plurals or quantifiers: the aligner leaves these out of side-by-side figures. */
export const isVagueText = (text: string): boolean =>
  !/\d/.test(text) && VAGUE_WORD.test(text) && !SMALL_COUNT.test(text);
