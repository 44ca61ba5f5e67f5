import type { EntityType } from '../../doc/index.js';
import { lookupName, normalizeKey } from '../../nlp/entities/index.js';
import { linkNames, push } from './link-names.js';
import type { Mention } from './mention.js';
import { clusterPersons } from './person-clusters.js';

export interface MentionGroup {
  readonly type: EntityType;
  readonly mentions: readonly Mention[];
}

/** Places and organizations are the same entity when the gazetteer gives them one name ("US", "U.S."). */
const placeKey = (m: Mention): string => {
  const entry = lookupName(m.name);
  return `${m.type}|${entry ? normalizeKey(entry.canonical) : m.key}`;
};

/** Places and organizations by name; names the gazetteer does not know also merge with one-letter variants. */
const mergeSpellings = (mentions: readonly Mention[]): Map<string, Mention[]> => {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) push(byKey, placeKey(m), m);
  const keys = [...byKey.keys()].sort();
  const unknown = keys.filter((k) => !byKey.get(k)?.some((m) => lookupName(m.name)));
  const uf = linkNames(
    unknown.map((k) => k.split(' ')),
    false,
  );
  const rootKey = new Map(unknown.map((k, i) => [k, unknown[uf.find(i)] as string]));
  const out = new Map<string, Mention[]>();
  for (const k of keys) for (const m of byKey.get(k) ?? []) push(out, rootKey.get(k) ?? k, m);
  return out;
};

/**
 * Every mention of the story in one group per entity. People never absorb places or organizations (a city
 * standing for its government stays a place); untyped mentions join a person, then a place or organization
 * of the same name, else form their own group.
 */
export const groupMentions = (mentions: readonly Mention[]): MentionGroup[] => {
  const persons = clusterPersons(mentions);
  const named = mergeSpellings(mentions.filter((m) => m.type === 'place' || m.type === 'organization'));
  const others = new Map<string, Mention[]>();
  for (const m of persons.rest) {
    const target = named.get(`place|${m.key}`) ?? named.get(`organization|${m.key}`);
    if (target) target.push(m);
    else others.set(m.key, [...(others.get(m.key) ?? []), m]);
  }
  // A lone word read as a speaker ("Portavia said") is the place or body of that name when the story has one.
  const people = persons.groups.slice();
  for (const ms of persons.loose) {
    const key = ms[0]?.key ?? '';
    const target = ms.some((m) => m.role) ? undefined : (named.get(`place|${key}`) ?? named.get(`organization|${key}`));
    if (target) for (const m of ms) target.push(m);
    else people.push(ms);
  }
  const typeOf = (ms: readonly Mention[]): EntityType => ms.find((m) => m.type !== 'other')?.type ?? 'other';
  return [
    ...people.map((ms) => ({ type: 'person' as const, mentions: ms })),
    ...[...named.values(), ...others.values()].map((ms) => ({ type: typeOf(ms), mentions: ms })),
  ];
};
