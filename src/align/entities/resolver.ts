import type { ArticleId, StoryEntity } from '../../doc/index.js';
import { lookupName, normalizeKey, personKeys } from '../../nlp/entities/index.js';
import { isVariant, oneWordApart } from './edit-distance.js';
import type { Mention } from './mention.js';
import { roleKey } from './roles.js';

export interface ResolvedGroup {
  readonly entity: StoryEntity;
  readonly mentions: readonly Mention[];
}

type Lookup = Map<string, Set<StoryEntity>>;

const add = (map: Lookup, key: string, entity: StoryEntity): void => {
  const set = map.get(key) ?? new Set<StoryEntity>();
  set.add(entity);
  map.set(key, set);
};

/** The one entity named by a key one letter away from `key` ("Zelensky" for "Zelenskyy"), if only one is. */
const nearest = (map: Lookup, key: string): StoryEntity | undefined => {
  const parts = key.split(' ');
  const found = new Set<StoryEntity>();
  for (const [k, set] of map) {
    const near = parts.length === 1 ? isVariant(k, key) : oneWordApart(k.split(' '), parts);
    if (near) for (const e of set) found.add(e);
  }
  return found.size === 1 ? [...found][0] : undefined;
};

/** The one entity a key names, or undefined when none or several do. */
const only = (map: Lookup, key: string): StoryEntity | undefined => {
  const set = map.get(key);
  return set?.size === 1 ? [...set][0] : undefined;
};

/** Every key an entity answers to: its name, aliases, the keys of its mentions, and a person's family name. */
const keysOf = ({ entity, mentions }: ResolvedGroup): Set<string> => {
  const keys = new Set([entity.name, ...entity.aliases].map(normalizeKey));
  for (const m of mentions) keys.add(m.key);
  if (entity.type === 'person') for (const k of [...keys]) for (const s of personKeys(k).slice(1)) keys.add(s);
  return keys;
};

/** `resolve(articleId, name)`: the article's own mentions first, then names, aliases and roles of the story. */
export const buildResolver = (
  groups: readonly ResolvedGroup[],
): ((articleId: ArticleId, name: string) => StoryEntity | undefined) => {
  const local: Lookup = new Map();
  const story: Lookup = new Map();
  const roles: Lookup = new Map();
  for (const g of groups) {
    const keys = keysOf(g);
    for (const k of keys) add(story, k, g.entity);
    for (const articleId of g.entity.articleIds) for (const k of keys) add(local, `${articleId}|${k}`, g.entity);
    for (const role of g.entity.roles) {
      const { qualifier, base } = roleKey(role);
      add(roles, `${qualifier ?? ''}|${base}`, g.entity);
      add(roles, base, g.entity);
    }
  }
  return (articleId, name) => {
    const cleaned = name.trim().replace(/^the\s+/i, '');
    const key = normalizeKey(cleaned);
    const known = lookupName(cleaned);
    const role = roleKey(cleaned);
    return (
      only(local, `${articleId}|${key}`) ??
      only(story, key) ??
      (known ? only(story, normalizeKey(known.canonical)) : undefined) ??
      only(roles, `${role.qualifier ?? ''}|${role.base}`) ??
      only(roles, role.base) ??
      nearest(story, key)
    );
  };
};
