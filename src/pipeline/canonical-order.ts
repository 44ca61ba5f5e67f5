import type { AnnotatedArticle, Article, ArticleId } from '../doc/index.js';

/** Plain code-unit order: the same everywhere, unlike localeCompare. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Publication dates, oldest first, unknown ones last. */
export const byDate = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : byCodeUnits(a, b);

/**
 * The order every stage sees articles in: dated ones first, oldest first, then undated ones; ties by id, a hash of
 * the content. Output then depends on which articles there are, never on the order they arrived in.
 */
export const compareArticles = (a: Article, b: Article): number =>
  byDate(a.published, b.published) || byCodeUnits(a.id, b.id);

export const sortArticles = (articles: readonly Article[]): Article[] => [...articles].sort(compareArticles);

export const sortDocs = (docs: readonly AnnotatedArticle[]): AnnotatedArticle[] =>
  [...docs].sort((a, b) => compareArticles(a.article, b.article));

/** Ids in the order of their articles among `docs`; ids without an article go last, by id. */
export const sortIds = (ids: readonly ArticleId[], docs: readonly AnnotatedArticle[]): ArticleId[] => {
  const rank = new Map(sortDocs(docs).map((d, i) => [d.article.id, i]));
  const at = (id: ArticleId): number => rank.get(id) ?? rank.size;
  return [...ids].sort((a, b) => at(a) - at(b) || byCodeUnits(a, b));
};
