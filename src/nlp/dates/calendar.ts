/** A calendar day; months and days count from 1. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a strict YYYY-MM-DD string; null when it is not a real day. */
export const parseYmd = (value: string): Ymd | null => {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd.year, ymd.month, ymd.day) ? ymd : null;
};

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const fromUtc = (date: Date): Ymd => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

/** The calendar day of an instant read in UTC (references are built at 12:00 UTC). */
export const ymdOfInstant = (date: Date): Ymd => fromUtc(date);

/** 12:00 UTC on the day, so any local time zone still reads the same calendar day. */
export const noonUtc = (d: Ymd): Date => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));

export const addDays = (d: Ymd, days: number): Ymd => fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + days)));

/** 0 = Sunday … 6 = Saturday, as chrono and Date count them. */
export const weekdayOf = (d: Ymd): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

export const addMonths = (year: number, month: number, months: number): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/** Days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: Ymd, b: Ymd): number =>
  (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;

export const compareYmd = (a: Ymd, b: Ymd): number => a.year - b.year || a.month - b.month || a.day - b.day;

/** The Monday that starts the ISO week holding `d`. */
export const mondayOf = (d: Ymd): Ymd => addDays(d, -((weekdayOf(d) + 6) % 7));

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD, depending on which parts are given. */
export const formatValue = (year: number, month?: number, day?: number): string => {
  if (month === undefined) return String(year).padStart(4, '0');
  if (day === undefined) return `${String(year).padStart(4, '0')}-${pad(month)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
};

export const formatYmd = (d: Ymd): string => formatValue(d.year, d.month, d.day);
