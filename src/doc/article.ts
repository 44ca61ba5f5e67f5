import type { ArticleId } from './ids.js';

/** One article as read by ingest: plain text plus what is known about it. Offsets elsewhere point into `text`. */
export interface Article {
  readonly id: ArticleId;
  /** Path or URL it was read from. */
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  /** YYYY-MM-DD, or null when the input does not say. */
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
}
