import type { AnnotatedArticle, Claim, OutletCoverage, Story } from '../../doc/index.js';

/** Per article: the claims no other independent outlet carries, and the consensus claims it leaves out. */
export const outletCoverage = (
  claims: readonly Claim[],
  docs: readonly AnnotatedArticle[],
  story: Story,
): OutletCoverage[] =>
  docs.map(({ article }) => {
    const cites = (c: Claim): boolean => c.citations.some((x) => x.articleId === article.id);
    const indexes = (keep: (c: Claim) => boolean): number[] => claims.flatMap((c, i) => (keep(c) ? [i] : []));
    return {
      articleId: article.id,
      outlet: article.outlet,
      unique: indexes((c) => c.sources === 1 && cites(c)),
      omitted: indexes((c) => c.status === 'consensus' && !cites(c)),
      copyOf: story.copies[article.id] ?? null,
    };
  });
