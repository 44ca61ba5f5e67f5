import type { ArticleId, StoryId } from './ids.js';

/** A group of articles about one event, as formed by the cluster stage. */
export interface Story {
  readonly id: StoryId;
  readonly articleIds: readonly ArticleId[];
  /** Near-copies of an earlier article (wire copies): the copy → the article it copies. A record, so it is JSON. */
  readonly copies: Readonly<Partial<Record<ArticleId, ArticleId>>>;
}
