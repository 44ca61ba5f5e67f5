import type { AnnotatedArticle, EntityIndex, StoryEntity } from '../../doc/index.js';
import { entityId } from '../../doc/index.js';
import { describe, type EntityDescription } from './describe.js';
import { groupMentions } from './groups.js';
import { collectMentions } from './mention.js';
import { buildResolver, type ResolvedGroup } from './resolver.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most articles first, then most mentions, then by name: the story's main actors lead. */
const byProminence = (a: EntityDescription, b: EntityDescription): number =>
  b.articleIds.length - a.articleIds.length ||
  b.mentions - a.mentions ||
  compare(a.name, b.name) ||
  compare(a.type, b.type);

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Merges the entity mentions of a story's articles into entities: one per person (full names, family names,
 * transcript labels and one-letter misspellings together), place or organization, with a resolver from a
 * name as an article writes it to its entity.
 */
export const mergeEntities = (docs: readonly AnnotatedArticle[]): EntityIndex => {
  const described = groupMentions(collectMentions(docs)).map((group) => ({ group, entity: describe(group) }));
  described.sort((a, b) => byProminence(a.entity, b.entity));
  const taken = new Map<string, number>();
  const resolved: ResolvedGroup[] = described.map(({ group, entity }) => {
    const base = `${entity.type}:${slug(entity.name) || 'entity'}`;
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    const full: StoryEntity = { id: entityId(n === 1 ? base : `${base}-${n}`), ...entity };
    return { entity: full, mentions: group.mentions };
  });
  return { entities: resolved.map((r) => r.entity), resolve: buildResolver(resolved) };
};
