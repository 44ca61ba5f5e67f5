const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A metadata date (ISO day, ISO timestamp, RFC 822 as in RSS) to YYYY-MM-DD, or null when it is not a date. */
export const normalizePublished = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const iso = ISO_DAY.exec(value.trim());
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
};

const valid = (day: string): string | null => {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
};
