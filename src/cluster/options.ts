import type { TimeOptions } from './dates.js';
import type { FeatureOptions } from './features.js';
import { DEFAULT_NEAR_DUPLICATE, type NearDuplicateOptions } from './near-duplicates.js';

export interface ClusterOptions {
  /**
   * The one global cut: two groups are one story when the average similarity of their articles, each cosine divided
   * by the articles' local density (see `neighbors`), reaches it, after the time discount.
   */
  readonly threshold: number;
  /** Groups whose plain mean cosine is below this never merge, however sparse their surroundings. */
  readonly minSimilarity: number;
  /**
   * Local density of an article: the mean cosine to its this many nearest other articles. A dozen reads a story's
   * typical spread; a handful reads only its closest rewrites, which then pull its other reports apart.
   */
  readonly neighbors: number;
  /** Density never counts as lower than this, so an article with no close neighbour does not look close to all. */
  readonly densityFloor: number;
  /** Articles examined exactly per incoming article, taken from the inverted index. */
  readonly candidates: number;
  /** A term held by more articles than this proposes no candidates (its weight is small anyway). */
  readonly maxPostings: number;
  /** Only an article's heaviest this many terms propose candidates, which bounds the cost of one lookup. */
  readonly queryTerms: number;
  /** Rounds of the batch split pass, which moves articles to the story they fit best. */
  readonly refineRounds: number;
  /** The split pass lets an article go when its link to the rest of its story is below this share of the threshold. */
  readonly detachBelow: number;
  readonly features: FeatureOptions;
  readonly time: TimeOptions;
  readonly nearDuplicates: NearDuplicateOptions;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.7,
  minSimilarity: 0.1,
  neighbors: 12,
  densityFloor: 0.25,
  candidates: 30,
  maxPostings: 400,
  queryTerms: 30,
  refineRounds: 3,
  detachBelow: 0.5,
  features: { entityBoost: 3, numberBoost: 2, leadBoost: 2, leadSentences: 3 },
  time: { windowDays: 30, halfLifeDays: 120 },
  nearDuplicates: DEFAULT_NEAR_DUPLICATE,
};

export const resolveOptions = (options: Partial<ClusterOptions> = {}): ClusterOptions => ({
  ...DEFAULT_CLUSTER_OPTIONS,
  ...options,
});
