import { isAllCaps, normalizeKey } from '../normalize.js';
import { COUNTRIES } from './countries.js';
import { FIRST_NAMES, SURNAMES_FIRST } from './first-names.js';
import { BUILDINGS, ORGANIZATIONS } from './organizations.js';
import { CITIES, REGIONS, SEATS } from './places.js';
import { wordSet } from './word-set.js';

export { LEX } from './lexicon.js';

export type GazetteerKind = 'country' | 'seat' | 'city' | 'region' | 'organization' | 'building';

export interface GazetteerEntry {
  readonly canonical: string;
  readonly type: 'place' | 'organization';
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

const add = (data: string, type: GazetteerEntry['type'], kind: GazetteerKind): void => {
  for (const e of entries(data)) {
    const canonical = e.names[0] ?? '';
    const entry = { canonical, type, kind };
    for (const n of e.names) {
      const key = normalizeKey(n);
      if (!names.has(key)) names.set(key, entry);
      if (isAllCaps(n) && key.length <= 3) capsOnly.add(key);
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

/** The known place or organization a name (any case, with or without dots) refers to. */
export const lookupName = (name: string): GazetteerEntry | undefined => {
  const key = normalizeKey(name);
  return capsOnly.has(key) && /\p{Ll}/u.test(name) ? undefined : names.get(key);
};

/** The country of a demonym, singular or plural ("Ukrainian", "North Koreans"). */
export const demonymCountry = (name: string): string | undefined => {
  const key = normalizeKey(name);
  return demonyms.get(key) ?? (key.endsWith('s') ? demonyms.get(key.slice(0, -1)) : undefined);
};

const firstNames = wordSet(FIRST_NAMES);
const surnamesFirst = wordSet(SURNAMES_FIRST);

export const isFirstName = (word: string): boolean => firstNames.has(normalizeKey(word));

/** True for family names that East Asian names put first ("Kim", "Xi"). */
export const isSurnameFirst = (word: string): boolean => surnamesFirst.has(normalizeKey(word));
