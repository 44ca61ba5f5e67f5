import { demonymCountry, lookupName, normalizeKey } from '../../nlp/entities/index.js';

/** A role split into who it belongs to ("united states", from "US" or "American") and the office itself. */
export interface RoleKey {
  readonly qualifier: string | null;
  readonly base: string;
}

/** "Secretary of State" and "State Secretary", "Minister of Defence" and "Defense Minister" read alike. */
const INVERTED = new Set(['secretary', 'minister']);
const SPELLING: Readonly<Record<string, string>> = { defence: 'defense' };

/** The country or body a leading word names: "US", "Ukrainian", "UN". */
const qualifierOf = (words: readonly string[]): string | undefined => {
  const phrase = words.join(' ');
  const country = demonymCountry(phrase);
  if (country) return normalizeKey(country);
  const entry = lookupName(phrase);
  return entry ? normalizeKey(entry.canonical) : undefined;
};

export const roleKey = (role: string): RoleKey => {
  // Qualifiers are read as written: "US" is a country only in capitals.
  let written = role
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  let qualifier: string | null = null;
  for (let k = Math.min(3, written.length - 1); k > 0 && qualifier === null; k--) {
    const q = qualifierOf(written.slice(0, k));
    if (q) {
      qualifier = q;
      written = written.slice(k);
    }
  }
  let words = normalizeKey(written.join(' '))
    .split(' ')
    .map((w) => SPELLING[w] ?? w);
  const of = words.indexOf('of');
  const head = words[of - 1];
  if (of > 0 && head && INVERTED.has(head)) words = [...words.slice(0, of - 1), ...words.slice(of + 1), head];
  return { qualifier, base: words.join(' ') };
};
