import { addDays, addMonths, compareYmd, daysBetween, isValidDay, weekdayOf, type Ymd } from './calendar.js';

/**
 * Which way an expression without a year points from the reference. News mostly looks back, so an unmarked sentence
 * ("says", "arrives") reads back too, but unlike a past-tense one it lets a day a few weeks ahead win.
 */
export type Direction = 'past' | 'unmarked' | 'future';

/** The nearest `weekday` on the given side of `ref`; `includeRef` lets the reference day itself count. */
export const nearestWeekday = (ref: Ymd, weekday: number, direction: Direction, includeRef: boolean): Ymd => {
  const gap = (weekdayOf(ref) - weekday + 7) % 7;
  if (direction !== 'future') return addDays(ref, gap === 0 && !includeRef ? -7 : -gap);
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  return addDays(ref, ahead === 0 && !includeRef ? 7 : ahead);
};

/** Candidate days `month`/`day` on one side of `ref`, nearest first (the reference day counts). */
const monthDays = (ref: Ymd, month: number, day: number, direction: Direction): Ymd[] => {
  const step = direction === 'future' ? 1 : -1;
  const out: Ymd[] = [];
  // Eight years reach the next February 29.
  for (let k = -1; k <= 8 && out.length < 2; k++) {
    const year = ref.year + step * k;
    const d = { year, month, day };
    if (isValidDay(year, month, day) && compareYmd(d, ref) * step >= 0) out.push(d);
  }
  return out;
};

/** A day almost a year back would have been written with its year; one a few weeks ahead is the likelier reading. */
const STALE_DAYS = 300;
const SOON_DAYS = 62;

/**
 * The nearest real day `month`/`day` on the given side of `ref`; when `weekday` is known the candidate falling on it
 * wins ("Thursday, October 31").
 */
export const nearestMonthDay = (
  ref: Ymd,
  month: number,
  day: number,
  direction: Direction,
  weekday: number | null,
): Ymd | null => {
  const candidates = monthDays(ref, month, day, direction);
  const best = (weekday === null ? undefined : candidates.find((d) => weekdayOf(d) === weekday)) ?? candidates[0];
  if (!best || direction !== 'unmarked' || daysBetween(best, ref) <= STALE_DAYS) return best ?? null;
  const ahead = monthDays(ref, month, day, 'future')[0];
  return ahead && daysBetween(ref, ahead) <= SOON_DAYS ? ahead : best;
};

/** The nearest `month` on the given side of `ref`'s month; the reference month counts unless `strict`. */
export const nearestMonth = (
  ref: Ymd,
  month: number,
  direction: Direction,
  strict = false,
): { year: number; month: number } => {
  if (direction !== 'future')
    return { year: month < ref.month || (month === ref.month && !strict) ? ref.year : ref.year - 1, month };
  return { year: month > ref.month || (month === ref.month && !strict) ? ref.year : ref.year + 1, month };
};

/** The year of the nearest season spanning months `first`..`last` of one year, on the given side of `ref`. */
export const nearestSeasonYear = (ref: Ymd, first: number, last: number, direction: Direction): number => {
  if (direction !== 'future') return ref.month >= first ? ref.year : ref.year - 1;
  return ref.month <= last ? ref.year : ref.year + 1;
};

/** The year and month a span of days falls in, or null when it straddles two months. */
export const monthOfSpan = (from: Ymd, to: Ymd): { year: number; month: number } | null =>
  from.year === to.year && from.month === to.month ? { year: from.year, month: from.month } : null;

export const shiftMonth = (ref: Ymd, months: number): { year: number; month: number } =>
  addMonths(ref.year, ref.month, months);
