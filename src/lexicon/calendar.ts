import { numberMap } from './load.js';

const MONTHS = new Map([...numberMap('calendar/months'), ...numberMap('calendar/month-abbreviations')]);
const WEEKDAYS = new Map([...numberMap('calendar/weekdays'), ...numberMap('calendar/weekday-abbreviations')]);

/** A word without its case and abbreviation dot ("Oct." → "oct"). */
export const calendarWord = (word: string): string => word.toLowerCase().replace(/\.$/, '');

/** The month (1–12) a month name or abbreviation stands for, any case, dot or not. */
export const monthNumber = (word: string): number | undefined => MONTHS.get(calendarWord(word));

/** The weekday (Sunday 0) a weekday name or abbreviation stands for, any case, dot or not. */
export const weekdayNumber = (word: string): number | undefined => WEEKDAYS.get(calendarWord(word));

/** True for a month or weekday name, in full or abbreviated. */
export const isCalendarWord = (word: string): boolean =>
  monthNumber(word) !== undefined || weekdayNumber(word) !== undefined;
