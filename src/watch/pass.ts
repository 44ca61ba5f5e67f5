import { ingestArticles } from '../live/index.js';
import { checkFeed, type FeedCheck, type WatchContext } from './check-feed.js';

export interface PassSummary {
  readonly feeds: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Feeds not polled this pass: their interval or backoff has not run out. */
  readonly waiting: number;
  readonly added: number;
  readonly alreadyStored: number;
  readonly skipped: number;
  readonly storiesTouched: number;
}

export interface PassOptions {
  /** Called as each feed is checked, and as the new articles are stored. */
  readonly onProgress?: (done: number, total: number, stage: 'feeds' | 'articles') => void;
}

/** Feeds polled side by side; the host queue still keeps each host to one request at a time. */
const FEEDS_AT_ONCE = 4;

const checkAll = async (ctx: WatchContext, feeds: readonly string[], options: PassOptions): Promise<FeedCheck[]> => {
  const checks: FeedCheck[] = [];
  let next = 0;
  let done = 0;
  const claimed = new Set<string>();
  const worker = async (): Promise<void> => {
    for (let i = next++; i < feeds.length && !ctx.stop?.aborted; i = next++) {
      checks[i] = await checkFeed(ctx, feeds[i] ?? '', claimed);
      options.onProgress?.(++done, feeds.length, 'feeds');
    }
  };
  await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, worker));
  return checks.filter((c) => c !== undefined);
};

/**
 * One pass over the feeds. The new articles are stored (stories assigned and re-analysed) before their items are
 * marked seen and before the feeds' new validators are saved, so a pass cut short is simply done again.
 */
export const watchPass = async (
  ctx: WatchContext,
  feeds: readonly string[],
  options: PassOptions = {},
): Promise<PassSummary> => {
  const checks = await checkAll(ctx, feeds, options);
  const items = checks.flatMap((c) => c.items);
  const onProgress = (done: number, total: number): void => options.onProgress?.(done, total, 'articles');
  // Nothing new: the story index is not even opened.
  const ingested =
    items.length === 0
      ? { added: 0, alreadyStored: 0, failed: 0, storiesTouched: 0, diagnostics: [] }
      : await ingestArticles(
          ctx.store,
          items.map((i) => i.article),
          { onProgress },
        );
  for (const d of ingested.diagnostics) ctx.report(d);
  const at = ctx.now().toISOString();
  await ctx.store.markItemsSeen(
    items.flatMap((i) => (i.seenUrl ? [{ url: i.seenUrl, feed: i.feed, articleId: i.article.id, at }] : [])),
  );
  for (const c of checks) if (c.state) await ctx.store.saveFeedState(c.state);
  const count = (outcome: FeedCheck['outcome']): number => checks.filter((c) => c.outcome === outcome).length;
  return {
    feeds: feeds.length,
    changed: count('changed'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    waiting: count('waiting'),
    added: ingested.added,
    alreadyStored: ingested.alreadyStored,
    skipped: checks.reduce((n, c) => n + c.skipped, ingested.failed),
    storiesTouched: ingested.storiesTouched,
  };
};
