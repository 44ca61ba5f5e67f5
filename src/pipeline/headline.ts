import type { AnnotatedArticle } from '../doc/index.js';
import { sortDocs } from './canonical-order.js';

const MAX_HEADLINE = 160;

/**
 * The earliest report's title is the plainest statement of the event; later ones are follow-ups and analysis. Same-day
 * titles are tied, and the canonical order (by id, a content hash) settles it, never arrival.
 */
export const storyHeadline = (docs: readonly AnnotatedArticle[]): string => {
  const ordered = sortDocs(docs);
  const title = ordered.find((d) => d.article.title)?.article.title;
  if (title) return title;
  const first = ordered[0]?.sentences[0]?.text ?? '';
  return first.length <= MAX_HEADLINE ? first : `${first.slice(0, first.lastIndexOf(' ', MAX_HEADLINE))} …`;
};
