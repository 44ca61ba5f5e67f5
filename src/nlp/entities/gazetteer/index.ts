import { isAllCaps, normalizeKey } from '../normalize.js';
import { COMPANIES, MEDIA, SPORTS } from './companies.js';
import { COUNTRIES } from './countries.js';
import { EVENTS } from './events.js';
import { FIRST_NAMES, SURNAMES_FIRST } from './first-names.js';
import { WORLD_FIRST_NAMES } from './first-names-world.js';
import { BUILDINGS, ORGANIZATIONS } from './organizations.js';
import { CITIES, REGIONS, SEATS } from './places.js';
import { wordSet } from './word-set.js';

export { LEX } from './lexicon.js';

export type GazetteerKind = 'country' | 'seat' | 'city' | 'region' | 'organization' | 'building' | 'event';

export interface GazetteerEntry {
  readonly canonical: string;
  readonly type: 'place' | 'organization' | 'other';
  readonly kind: GazetteerKind;
}

/** One data-module entry: its names (the first is canonical) and, for countries, its demonyms. */
interface Entry {
  readonly names: string[];
  readonly demonyms: string[];
}

/** Splits a data module into entries (commas, line breaks): `Name|alias=Demonym|Demonym`. */
const entries = (data: string): Entry[] =>
  data
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
    .map((e) => {
      const [names = '', demonyms = ''] = e.split('=');
      const list = (s: string) =>
        s
          .split('|')
          .map((x) => x.trim())
          .filter((x) => x.length > 0);
      return { names: list(names), demonyms: list(demonyms) };
    });

const names = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, string>();
/** Short abbreviations that name something only in capitals: "US" but not "Us Weekly", "UN" but not "Un". */
const capsOnly = new Set<string>();
/** State abbreviations that name the state only with their dot: "Mich." and "Mo.", not "Mo Cheeks". */
const dotted = new Set<string>();
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}$/u;

const add = (data: string, type: GazetteerEntry['type'], kind: GazetteerKind): void => {
  for (const e of entries(data)) {
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

add(BUILDINGS, 'organization', 'building');
add(COUNTRIES, 'place', 'country');
add(SEATS, 'place', 'seat');
add(CITIES, 'place', 'city');
add(REGIONS, 'place', 'region');
add(ORGANIZATIONS, 'organization', 'organization');
add(COMPANIES, 'organization', 'organization');
add(MEDIA, 'organization', 'organization');
add(SPORTS, 'organization', 'organization');
add(EVENTS, 'other', 'event');

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

const firstNames = new Set([...wordSet(FIRST_NAMES), ...wordSet(WORLD_FIRST_NAMES)]);
const surnamesFirst = wordSet(SURNAMES_FIRST);

/** A given name, or one that opens a hyphenated given name ("Jean-Marc"). */
export const isFirstName = (word: string): boolean => firstNames.has(normalizeKey(word).split(' ')[0] ?? '');

/** True for family names that East Asian names put first ("Kim", "Xi"). */
export const isSurnameFirst = (word: string): boolean => surnamesFirst.has(normalizeKey(word));
