import type { ArticleId, StoryId } from './ids.js';

/** A group of articles about one event, as formed by the cluster stage. */
export interface Story {
  readonly id: StoryId;
  readonly articleIds: readonly ArticleId[];
  /** Articles that are near-copies of an earlier one (wire copies): the copy → the article it copies. */
  readonly copies: ReadonlyMap<ArticleId, ArticleId>;
}
