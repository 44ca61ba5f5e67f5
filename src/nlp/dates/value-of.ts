import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { RELATIVE_TAG, SEASON_TAG } from './bounded-parser.js';
import { addDays, formatValue, formatYmd, mondayOf, type Ymd } from './calendar.js';
import { type Direction, nearestMonth, nearestMonthDay, nearestSeasonYear, nearestWeekday } from './resolve.js';
import { SEASON_MONTHS } from './season-parser.js';

export interface Resolved {
  readonly value: string;
  /** True when the value was worked out from the reference date rather than read off the text. */
  readonly relative: boolean;
}

/** How a date is being read: the reference (null when unknown), whether it is the article's own, and the tense. */
export interface Reading {
  readonly ref: Ymd | null;
  readonly refIsOwn: boolean;
  readonly direction: () => Direction;
}

const certain = (c: ParsedComponents, part: 'year' | 'month' | 'day' | 'weekday'): number | undefined =>
  c.isCertain(part) ? (c.get(part) ?? undefined) : undefined;

/** The written parts only: a month named without a day is YYYY-MM, never the first of the month. */
const written = (c: ParsedComponents, year: number): string => {
  const month = certain(c, 'month');
  return month === undefined ? formatValue(year) : formatValue(year, month, certain(c, 'day'));
};

const weekdayValue = (text: string, weekday: number, ref: Ymd, reading: Reading): string => {
  const week = /\b(last|next)\s+week\b/i.exec(text)?.[1]?.toLowerCase();
  if (week) return formatYmd(addDays(mondayOf(ref), (week === 'last' ? -7 : 7) + ((weekday + 6) % 7)));
  if (/\b(?:last|past)\b/i.test(text)) return formatYmd(nearestWeekday(ref, weekday, 'past', false));
  if (/\bnext\b/i.test(text)) return formatYmd(nearestWeekday(ref, weekday, 'future', false));
  const direction = reading.direction();
  // The article's own weekday is its publication day; a borrowed reference is only a bound, so it looks a week back.
  return formatYmd(nearestWeekday(ref, weekday, direction, direction === 'future' || reading.refIsOwn));
};

const seasonValue = (season: string, c: ParsedComponents, reading: Reading): Resolved | null => {
  const year = certain(c, 'year');
  if (year !== undefined) return { value: formatValue(year), relative: false };
  const months = SEASON_MONTHS[season];
  if (!months || !reading.ref) return null;
  return {
    value: formatValue(nearestSeasonYear(reading.ref, months[0], months[1], reading.direction())),
    relative: true,
  };
};

/** Resolves one chrono result to YYYY, YYYY-MM or YYYY-MM-DD, or null when it names no date. */
export const resolveValue = (r: ParsedResult, reading: Reading): Resolved | null => {
  const c = r.start;
  const tags = [...r.tags()];
  const { ref } = reading;
  const year = certain(c, 'year');
  if (tags.includes(RELATIVE_TAG))
    return ref && year !== undefined ? { value: written(c, year), relative: true } : null;
  const season = tags.find((t) => t.startsWith(`${SEASON_TAG}/`));
  if (season) return seasonValue(season.slice(SEASON_TAG.length + 1), c, reading);
  if (year !== undefined) return { value: written(c, year), relative: false };
  if (!ref) return null;
  const month = certain(c, 'month');
  const day = certain(c, 'day');
  const weekday = certain(c, 'weekday');
  if (month !== undefined && day !== undefined) {
    const d = nearestMonthDay(ref, month, day, reading.direction(), weekday ?? null);
    return d ? { value: formatYmd(d), relative: true } : null;
  }
  if (month !== undefined) {
    const m = nearestMonth(ref, month, reading.direction());
    return { value: formatValue(m.year, m.month), relative: true };
  }
  if (weekday !== undefined) return { value: weekdayValue(r.text, weekday, ref, reading), relative: true };
  return null;
};
