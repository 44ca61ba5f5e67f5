import type { AnnotatedArticle, Claim, OutletCoverage, Story } from '../../doc/index.js';
import { candidatePairs } from './candidates.js';
import { claimUnits } from './claim-units.js';
import { buildClaims } from './claims.js';
import { outletCoverage } from './coverage.js';
import { unitFacts } from './facts.js';
import { groupUnits } from './group.js';
import { termSpace } from './space.js';

export type { ClaimUnit, Figure, UnitFacts } from './types.js';

/** The story's articles in story order; every doc when the story lists none of them. */
const inStoryOrder = (docs: readonly AnnotatedArticle[], story: Story): AnnotatedArticle[] => {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const ordered = story.articleIds.flatMap((id) => byId.get(id) ?? []);
  return ordered.length > 0 ? ordered : [...docs];
};

/**
 * Splits the story's articles into claims, matches them across articles through an inverted index of rare terms,
 * and labels each consensus, contested or single-source, wire copies counting once; plus each outlet's coverage.
 */
export const alignClaims = (
  docs: readonly AnnotatedArticle[],
  story: Story,
): { claims: Claim[]; coverage: OutletCoverage[] } => {
  const ordered = inStoryOrder(docs, story);
  const { units, facts } = unitFacts(ordered, claimUnits(ordered));
  const space = termSpace(facts);
  const groups = groupUnits(units, candidatePairs(units, space), space.pair);
  const ids = ordered.map((d) => d.article.id);
  const claims = buildClaims(groups, { units, facts, space, ids, copies: story.copies });
  return { claims, coverage: outletCoverage(claims, ordered, story) };
};
