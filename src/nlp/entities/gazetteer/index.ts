import { type GazetteerName, gazetteer, words } from '../../../lexicon/index.js';
import { isAllCaps, normalizeKey } from '../normalize.js';

export { LEX } from './lexicon.js';

export type GazetteerKind = 'country' | 'seat' | 'city' | 'region' | 'organization' | 'building' | 'event';

export interface GazetteerEntry {
  readonly canonical: string;
  readonly type: 'place' | 'organization' | 'other';
  readonly kind: GazetteerKind;
}

const names = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, string>();
/** Short abbreviations that name something only in capitals: "US" but not "Us Weekly", "UN" but not "Un". */
const capsOnly = new Set<string>();
/** State abbreviations that name the state only with their dot: "Mich." and "Mo.", not "Mo Cheeks". */
const dotted = new Set<string>();
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}$/u;

const add = (list: GazetteerName, type: GazetteerEntry['type'], kind: GazetteerKind): void => {
  for (const e of gazetteer(list)) {
    const canonical = e.names[0] ?? '';
    const entry = { canonical, type, kind };
    for (const n of e.names) {
      const key = normalizeKey(n);
      if (!names.has(key)) names.set(key, entry);
      if (isAllCaps(n) && key.length <= 3) capsOnly.add(key);
      if (kind === 'region' && n !== canonical && ABBREVIATION.test(n)) dotted.add(key);
    }
    for (const d of e.demonyms) demonyms.set(normalizeKey(d), canonical);
  }
};

add('gazetteer/buildings', 'organization', 'building');
add('gazetteer/countries', 'place', 'country');
add('gazetteer/capitals', 'place', 'seat');
add('gazetteer/cities', 'place', 'city');
add('gazetteer/regions', 'place', 'region');
add('gazetteer/organizations', 'organization', 'organization');
add('gazetteer/companies', 'organization', 'organization');
add('gazetteer/media', 'organization', 'organization');
add('gazetteer/sports', 'organization', 'organization');
add('gazetteer/events', 'other', 'event');

/** A state abbreviation written without its dot ("Rancho Mirage, Calif,"): the state, when context allows. */
export const lookupAbbreviation = (name: string): GazetteerEntry | undefined => {
  const key = normalizeKey(name);
  return dotted.has(key) ? names.get(key) : undefined;
};

/** The known place or organization a name (any case, with or without dots) refers to. */
export const lookupName = (name: string): GazetteerEntry | undefined => {
  const key = normalizeKey(name);
  if (capsOnly.has(key) && /\p{Ll}/u.test(name)) return undefined;
  return dotted.has(key) && !name.includes('.') ? undefined : names.get(key);
};

/** The country of a demonym, singular or plural ("Ukrainian", "North Koreans"). */
export const demonymCountry = (name: string): string | undefined => {
  const key = normalizeKey(name);
  return demonyms.get(key) ?? (key.endsWith('s') ? demonyms.get(key.slice(0, -1)) : undefined);
};

const firstNames = words('names/given-names');
const surnamesFirst = words('names/surnames-first');

/** A given name, or one that opens a hyphenated given name ("Jean-Marc"). */
export const isFirstName = (word: string): boolean => firstNames.has(normalizeKey(word).split(' ')[0] ?? '');

/** True for family names that East Asian names put first ("Kim", "Xi"). */
export const isSurnameFirst = (word: string): boolean => surnamesFirst.has(normalizeKey(word));
