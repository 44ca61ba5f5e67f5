import type { WatchContext } from './check-feed.js';
import { type PassOptions, type PassSummary, watchPass } from './pass.js';

export interface WatchOptions extends PassOptions {
  readonly onPass?: (summary: PassSummary) => void;
}

/** Waits the time out, or until the stop signal. */
const sleep = (ms: number, stop: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (stop?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop?.addEventListener('abort', done, { once: true });
  });

/** Never sleeps less than this between passes, however many feeds fall due at slightly different times. */
const MIN_SLEEP_MS = 1_000;

/** Until the earliest time one of these feeds falls due (at most one interval away). */
const untilNextDue = async (ctx: WatchContext, feeds: readonly string[]): Promise<number> => {
  const wanted = new Set(feeds);
  const now = ctx.now().getTime();
  const due = (await ctx.store.feeds())
    .filter((f) => wanted.has(f.url) && f.nextCheck !== null)
    .map((f) => Date.parse(f.nextCheck ?? '') - now);
  return Math.max(MIN_SLEEP_MS, Math.min(ctx.everyMs, ...due));
};

/**
 * One pass with `once`; otherwise passes until the stop signal, each feed polled when its interval or backoff ends.
 * Returns the last pass's summary.
 */
export const watchFeeds = async (
  ctx: WatchContext,
  feeds: readonly string[],
  options: WatchOptions = {},
): Promise<PassSummary> => {
  let summary: PassSummary;
  do {
    summary = await watchPass(ctx, feeds, options);
    options.onPass?.(summary);
    if (ctx.once || ctx.stop?.aborted) break;
    await sleep(await untilNextDue(ctx, feeds), ctx.stop);
  } while (!ctx.stop?.aborted);
  return summary;
};
