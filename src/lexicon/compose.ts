/** One set holding the words of several lists. */
export const union = (...lists: Iterable<string>[]): ReadonlySet<string> => new Set(lists.flatMap((l) => [...l]));

const escapeRegex = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source matching any of the words, longest first so "sept" wins over "sep". */
export const alternation = (words: Iterable<string>): string =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegex)
    .join('|')})`;

/** A map as a plain lookup object without a prototype, for stages that index by word (`UNITS[w]`). */
export const record = <V>(map: ReadonlyMap<string, V>): Readonly<Record<string, V>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, V>, Object.fromEntries(map)));
