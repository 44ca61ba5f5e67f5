import type { ArticleId, EntityIndex } from '../../doc/index.js';

const LEADING = /^(the|both|a|an)\s+/i;

/** A source for display: a person becomes their entity's full name; anything else is kept as written, without "the". */
export const canonicalSource = (entities: EntityIndex, articleId: ArticleId, raw: string | null): string | null => {
  if (!raw) return null;
  const cleaned = raw.trim().replace(LEADING, '').replace(/\s+/g, ' ');
  if (!cleaned) return null;
  const words = cleaned.split(' ');
  const tails = [3, 2, 1].filter((n) => n < words.length).map((n) => words.slice(-n).join(' '));
  for (const candidate of [cleaned, ...tails]) {
    const entity = entities.resolve(articleId, candidate);
    if (entity?.type === 'person') return entity.name;
  }
  return cleaned;
};
