import type { AnnotatedArticle } from '../doc/index.js';

/** The story's reference date: its latest dated article, which undated siblings are read against. */
export const storyReferenceDate = (docs: readonly AnnotatedArticle[]): string | null =>
  docs.reduce<string | null>((latest, d) => {
    const p = d.article.published;
    return p && (!latest || p > latest) ? p : latest;
  }, null);
