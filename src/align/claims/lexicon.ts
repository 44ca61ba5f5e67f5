import { alternation, numberMap, union, words } from '../../lexicon/index.js';

const CALENDAR_NAMES = union(numberMap('calendar/weekdays').keys(), numberMap('calendar/months').keys());
const TITLE_WORDS = words('titles/words-before-a-name');

/** Weekday and month names, lower case: dates, not content and not speakers. */
export const isCalendarName = (word: string): boolean => CALENDAR_NAMES.has(word);

/** A word of a role written before a name ("Secretary of State Antony Blinken"); the name proper starts after it. */
export const isTitleWord = (text: string): boolean => TITLE_WORDS.has(text.toLowerCase());

const MONTH = `${alternation([...numberMap('calendar/month-abbreviations').keys(), 'may'])}[a-z]*\\.?`;

/** A date written out with its month and day ("March 3", "3 March", "2031-03-03"), not "Friday" or "yesterday". */
export const WRITTEN_DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
