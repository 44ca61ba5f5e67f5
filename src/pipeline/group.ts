import { createHash } from 'node:crypto';
import { type AnnotatedArticle, type Story, storyId } from '../doc/index.js';

/** All articles as one story. */
export const groupStories = (docs: readonly AnnotatedArticle[]): Story[] => {
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.article.id);
  const id = createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  return [{ id: storyId(id), articleIds: ids, copies: new Map() }];
};
