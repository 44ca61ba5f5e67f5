/** A watched feed's polling state: what conditional GET sends back, and when to ask again. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO time of the latest attempt, successful or not. */
  readonly lastChecked: string | null;
  /** ISO time before which the feed is not polled again (its interval, or its backoff after failures). */
  readonly nextCheck: string | null;
  /** Failures in a row; 0 after a success. */
  readonly failures: number;
  readonly lastError: string | null;
}

/** A feed never polled yet. */
export const unpolledFeed = (url: string): FeedState => ({
  url,
  etag: null,
  lastModified: null,
  lastChecked: null,
  nextCheck: null,
  failures: 0,
  lastError: null,
});

/** A feed item already handled: its canonical URL, and the article its page became (null when none). */
export interface SeenItem {
  readonly url: string;
  readonly feed: string;
  readonly articleId: string | null;
  readonly at: string;
}

/** Feed state and the seen-set, so a restarted watcher resumes where it stopped. */
export interface FeedStore {
  feed(url: string): Promise<FeedState | null>;
  feeds(): Promise<FeedState[]>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Which of these canonical item URLs were already handled, by any feed. */
  seenItems(urls: readonly string[]): Promise<Set<string>>;
  markItemsSeen(items: readonly SeenItem[]): Promise<void>;
}
