import type { InputNote } from './errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Years a news article can sensibly carry; outside them a date is a typo or an attack ("20000-01-01"). */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const valid = (day: string): string | null => {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
};

const inRange = (d: Date): boolean => d.getUTCFullYear() >= MIN_YEAR && d.getUTCFullYear() <= MAX_YEAR;

/** A metadata date (ISO day, ISO timestamp, RFC 822 as in RSS) to YYYY-MM-DD, or null when it is not a date. */
export const normalizePublished = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const iso = ISO_DAY.exec(value.trim());
  if (iso) return Number(iso[1]) < MIN_YEAR ? null : valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) || !inRange(parsed) ? null : parsed.toISOString().slice(0, 10);
};

const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Why a given date was dropped, or nothing when there was none to drop. */
export const droppedDate = (value: string | null | undefined, published: string | null): InputNote[] =>
  value && value.trim() !== '' && published === null
    ? [
        {
          code: 'bad-date',
          reason: `published "${shown(value.trim())}" is not a calendar date in the years ${MIN_YEAR}–${MAX_YEAR}; read as undated`,
        },
      ]
    : [];
