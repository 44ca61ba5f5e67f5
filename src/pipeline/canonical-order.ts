import type { AnnotatedArticle, Article, ArticleId } from '../doc/index.js';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order every stage sees articles in: dated ones first, oldest first, then undated ones; ties by id, a hash of
 * the content. Output then depends on which articles there are, never on the order they arrived in.
 */
export const compareArticles = (a: Article, b: Article): number => {
  if (a.published !== b.published) {
    if (a.published === null || b.published === null) return a.published === null ? 1 : -1;
    return byCodeUnits(a.published, b.published);
  }
  return byCodeUnits(a.id, b.id);
};

export const sortArticles = (articles: readonly Article[]): Article[] => [...articles].sort(compareArticles);

export const sortDocs = (docs: readonly AnnotatedArticle[]): AnnotatedArticle[] =>
  [...docs].sort((a, b) => compareArticles(a.article, b.article));

/** Ids in the order of their articles among `docs`; ids without an article go last, by id. */
export const sortIds = (ids: readonly ArticleId[], docs: readonly AnnotatedArticle[]): ArticleId[] => {
  const rank = new Map(sortDocs(docs).map((d, i) => [d.article.id, i]));
  const at = (id: ArticleId): number => rank.get(id) ?? rank.size;
  return [...ids].sort((a, b) => at(a) - at(b) || byCodeUnits(a, b));
};
