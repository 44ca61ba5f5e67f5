import type { ArticleId, EntityType, StoryEntity } from '../../doc/index.js';
import { lookupName, nameParts, normalizeKey, personKeys } from '../../nlp/entities/index.js';
import { isVariant, oneWordApart } from './edit-distance.js';
import type { MentionGroup } from './groups.js';
import type { Mention } from './mention.js';

export type EntityDescription = Omit<StoryEntity, 'id'>;

const byCount = (counts: ReadonlyMap<string, number>): string[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);

const tally = (values: Iterable<string>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

/** "MARY LOUISE KELLY" as "Mary Louise Kelly" and "MCDONALD" as "McDonald", for names only written in capitals. */
const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase())
    .replace(/(^|[\s'’-])Mc(\p{Ll})/gu, (_, before: string, c: string) => `${before}Mc${c.toUpperCase()}`);

/** How a key is most often written, preferring mixed case; a person known only from capitals is title-cased. */
const display = (ms: readonly Mention[], key: string, person: boolean): string => {
  const own = ms.filter((m) => m.key === key);
  const mixed = own.filter((m) => !m.caps);
  const best = byCount(tally((mixed.length > 0 ? mixed : own).map((m) => m.name)))[0] ?? key;
  return mixed.length > 0 || !person ? best : titleCase(best);
};

/** Spellings worth listing: capitals count only where they are the usual form ("US"), not a transcript label. */
const spellings = (ms: readonly Mention[], person: boolean): Mention[] => {
  const mixedKeys = new Set(ms.filter((m) => !m.caps).map((m) => m.key));
  return ms.filter((m) => !m.caps || (!person && !mixedKeys.has(m.key)));
};

/** A person's name: the full name most mentions support; a family name alone votes for full names it ends. */
const personName = (ms: readonly Mention[]): string => {
  const mixedFull = ms.filter((m) => m.parts.length > 1 && !m.caps);
  const full = mixedFull.length > 0 ? mixedFull : ms.filter((m) => m.parts.length > 1);
  const pool = full.length > 0 ? full : ms;
  const keys = [...new Set(pool.map((m) => m.key))];
  const votes = (key: string): number => {
    const surnames = new Set(personKeys(key).slice(1));
    return ms.filter((m) => m.key === key || (m.parts.length === 1 && surnames.has(m.key))).length;
  };
  const articles = (key: string): number => new Set(ms.filter((m) => m.key === key).map((m) => m.articleId)).size;
  keys.sort((a, b) => votes(b) - votes(a) || articles(b) - articles(a) || (a < b ? -1 : 1));
  return display(ms, keys[0] ?? '', true);
};

const entityName = (type: EntityType, ms: readonly Mention[]): string => {
  if (type === 'person') return personName(ms);
  const known = ms.map((m) => lookupName(m.name)).find((e) => e !== undefined);
  if (known) return known.canonical;
  const key = byCount(tally(ms.map((m) => m.key)))[0] ?? '';
  return display(ms, key, false);
};

/** Spellings one edit from the name, or from its family name for one-word mentions. */
const isSpellingVariant = (alias: string, name: string): boolean => {
  const a = nameParts(normalizeKey(alias));
  const n = nameParts(normalizeKey(name));
  if (oneWordApart(a, n)) return true;
  const [single] = a;
  return (
    a.length === 1 &&
    single !== undefined &&
    personKeys(n.join(' '))
      .slice(1)
      .some((s) => isVariant(single, s))
  );
};

export const describe = (group: MentionGroup): EntityDescription => {
  const ms = group.mentions;
  const name = entityName(group.type, ms);
  const seen = new Set([name.toLowerCase()]);
  const aliases = byCount(tally(spellings(ms, group.type === 'person').map((m) => m.name))).filter((a) => {
    const fresh = !seen.has(a.toLowerCase());
    seen.add(a.toLowerCase());
    return fresh;
  });
  const roles = byCount(tally(ms.flatMap((m) => (m.role ? [m.role] : [])))).filter((r, i, all) => {
    return all.findIndex((x) => x.toLowerCase() === r.toLowerCase()) === i;
  });
  const articleIds = [...new Set(ms.map((m) => m.articleId))].sort() as ArticleId[];
  const variants = group.type === 'person' ? aliases.filter((a) => isSpellingVariant(a, name)) : [];
  return { name, type: group.type, aliases, variants, roles, articleIds, mentions: ms.length };
};
