import type { ArticleId, Story } from '../doc/index.js';
import { storyIdOf } from './hash.js';

/**
 * Stories from groups of input positions: members in input order, stories ordered by their earliest member, copies
 * kept when both ends are in the story.
 */
export const toStories = (
  ids: readonly ArticleId[],
  groups: readonly (readonly number[])[],
  copies: ReadonlyMap<number, number>,
): Story[] =>
  groups
    .map((g) => [...g].sort((a, b) => a - b))
    .filter((g) => g.length > 0)
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((g) => {
      const inStory = new Set(g);
      const articleIds = g.flatMap((i) => ids[i] ?? []);
      const storyCopies: Partial<Record<ArticleId, ArticleId>> = {};
      for (const i of g) {
        const original = copies.get(i);
        const copy = ids[i];
        const source = original === undefined ? undefined : ids[original];
        if (original !== undefined && inStory.has(original) && copy && source) {
          storyCopies[copy] = source;
        }
      }
      return { id: storyIdOf(articleIds), articleIds, copies: storyCopies };
    });
