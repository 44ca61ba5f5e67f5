const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

/** A duration such as 90s, 15m, 2h or 1h30m, in milliseconds; null for anything else, or for zero. */
export const parseDuration = (text: string): number | null => {
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!parts || text === '') return null;
  const ms = ['d', 'h', 'm', 's'].reduce((sum, unit, i) => sum + Number(parts[i + 1] ?? 0) * (UNIT_MS[unit] ?? 0), 0);
  return ms > 0 && Number.isSafeInteger(ms) ? ms : null;
};
