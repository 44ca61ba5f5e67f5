import type { ClaimNote } from '../../doc/index.js';
import type { Attribution } from './types.js';

const surname = (name: string): string => name.split(/\s+/).pop()?.toLowerCase() ?? '';

/** The fullest spelling among the forms of one name, the most frequent first. */
const fullest = (names: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const words = (n: string): number => n.split(/\s+/).length;
  return [...counts].sort((x, y) => words(y[0]) - words(x[0]) || y[1] - x[1])[0]?.[0] ?? '';
};

/**
 * The one original source (a person, and the venue where given) when every account that names its source names the
 * same one, and most independent outlets (at least two) do.
 */
export const primarySourceNote = (
  accounts: readonly { attribution: Attribution | null; original: string }[],
  sources: number,
): ClaimNote | null => {
  const named = accounts.flatMap((a) => (a.attribution ? [{ ...a.attribution, original: a.original }] : []));
  const surnames = new Set(named.map((a) => surname(a.name)));
  const naming = new Set(named.map((a) => a.original)).size;
  if (sources < 2 || surnames.size !== 1 || naming < 2 || naming * 2 <= sources) return null;
  const venue = named
    .flatMap((a) => (a.venue ? [a.venue] : []))
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0];
  return { kind: 'primary-source', outlets: sources, source: fullest(named.map((a) => a.name)), venue: venue ?? null };
};
