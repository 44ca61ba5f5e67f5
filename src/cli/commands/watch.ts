import { skippedFor } from '../../ingest/index.js';
import type { Store } from '../../store/index.js';
import { hostQueue, type PassSummary, readFeedList, type WatchContext, watchFeeds } from '../../watch/index.js';
import type { Io } from '../io.js';
import { describe, plural } from '../messages.js';
import { progress } from '../progress.js';
import type { StoreCommand } from '../store-args.js';

const summaryLine = (location: string, s: PassSummary): string =>
  `watched ${plural(s.feeds, 'feed')} into ${location}: ${s.changed} changed, ${s.unchanged} unchanged, ` +
  `${s.failed} failed, ${s.waiting} waiting; ${s.added} new, ${s.alreadyStored} already stored, ` +
  `${s.skipped} skipped; ${plural(s.storiesTouched, 'story')} touched\n`;

/** Stops after the current items on SIGINT or SIGTERM; the listeners go when the watch ends. */
const untilSignal = (): { signal: AbortSignal; release: () => void } => {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
};

/**
 * Polls the feeds and stores their new items' pages: one summary line per pass on stdout, a diagnostic per failed
 * feed or item on stderr, a progress bar on a terminal. Exit 1 only when a single pass reached no feed at all.
 */
export const runWatch = async (
  command: Extract<StoreCommand, { kind: 'watch' }>,
  store: Store,
  io: Io,
): Promise<number> => {
  const { feeds, problems } = await readFeedList(command.feeds);
  for (const p of problems) io.error(describe(skippedFor(p)));
  if (feeds.length === 0) {
    io.error('triangulate: nothing to watch: no input named a feed URL');
    return 1;
  }
  const bar = progress(io.terminal);
  const signals = command.once ? null : untilSignal();
  const ctx: WatchContext = {
    store,
    everyMs: command.everyMs,
    once: command.once,
    fetch: { allowPrivate: command.allowPrivate },
    hosts: hostQueue(),
    now: () => new Date(),
    ...(signals ? { stop: signals.signal } : {}),
    report: (d) => {
      bar.clear();
      io.error(describe(d));
    },
  };
  try {
    const last = await watchFeeds(ctx, feeds, {
      onProgress: (done, total, stage) => bar.update(stage, done, total),
      onPass: (summary) => {
        bar.clear();
        io.write(summaryLine(store.location, summary));
      },
    });
    return command.once && last.failed === last.feeds ? 1 : 0;
  } finally {
    signals?.release();
  }
};
