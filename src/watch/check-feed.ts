import type { Article, Diagnostic } from '../doc/index.js';
import {
  type ArticleDraft,
  decodeText,
  InputError,
  normalizeText,
  readFeedItems,
  skippedFor,
} from '../ingest/index.js';
import { type FetchOptions, fetchIfChanged } from '../net/index.js';
import { type FeedState, type Store, unpolledFeed } from '../store/index.js';
import { canonicalUrl } from './canonical-url.js';
import type { HostQueue } from './host-queue.js';
import { feedOnlyArticle, itemArticle } from './item-article.js';
import { afterFailure, afterSuccess, isDue } from './schedule.js';

export interface WatchContext {
  readonly store: Store;
  readonly everyMs: number;
  readonly once: boolean;
  readonly fetch: FetchOptions;
  readonly hosts: HostQueue;
  readonly now: () => Date;
  /** Once aborted, no new item is started; those under way finish. */
  readonly stop?: AbortSignal;
  readonly report: (diagnostic: Diagnostic) => void;
}

/** A new item's article, with the canonical URL to mark seen once it is stored (null for a link-less item). */
export interface NewItem {
  readonly article: Article;
  readonly seenUrl: string | null;
  readonly feed: string;
}

export interface FeedCheck {
  readonly outcome: 'waiting' | 'unchanged' | 'changed' | 'failed';
  /** The state to save once the items are stored; null when the feed was not polled or its items not all tried. */
  readonly state: FeedState | null;
  readonly items: readonly NewItem[];
  readonly skipped: number;
}

/**
 * Items whose canonical URL no earlier pass handled and no other feed of this pass claimed, each once; link-less
 * items are judged by content id when stored.
 */
const unseen = async (ctx: WatchContext, items: readonly ArticleDraft[], claimed: Set<string>) => {
  const linked = items.map((item, i) => ({ item, position: i + 1, link: item.url ? canonicalUrl(item.url) : null }));
  const seen = await ctx.store.seenItems(linked.flatMap((l) => l.link ?? []));
  return linked.filter(({ link }) => link === null || (!seen.has(link) && !claimed.has(link) && claimed.add(link)));
};

/** Fetches the new items' pages, one request at a time per host; a failed item is reported and the others go on. */
const newItems = async (ctx: WatchContext, feed: string, items: readonly ArticleDraft[], claimed: Set<string>) => {
  const results = await Promise.all(
    (await unseen(ctx, items, claimed)).map(({ item, position, link }) => {
      const where = link ?? `${feed}#${position}`;
      const attempt = async (): Promise<NewItem | InputError | null> => {
        if (ctx.stop?.aborted) return null;
        try {
          if (link === null) return { article: feedOnlyArticle(item, feed, where), seenUrl: null, feed };
          return { article: await itemArticle(item, link, ctx.fetch), seenUrl: link, feed };
        } catch (error) {
          if (error instanceof InputError) return error;
          throw error;
        }
      };
      return link === null ? attempt() : ctx.hosts.run(link, attempt);
    }),
  );
  for (const r of results) if (r instanceof InputError) ctx.report(skippedFor(r));
  const found = results.filter((r): r is NewItem => r !== null && !(r instanceof InputError));
  return { found, failed: results.filter((r) => r instanceof InputError).length, complete: !results.includes(null) };
};

/**
 * One feed: a conditional GET, then its new items' pages (`claimed`: item URLs this pass already took). Nothing is
 * stored here, so the pass can commit in order.
 */
export const checkFeed = async (ctx: WatchContext, url: string, claimed: Set<string>): Promise<FeedCheck> => {
  const prior = (await ctx.store.feed(url)) ?? unpolledFeed(url);
  const now = ctx.now();
  if (!isDue(prior, now, ctx.once)) return { outcome: 'waiting', state: null, items: [], skipped: 0 };
  try {
    const result = await ctx.hosts.run(url, () => fetchIfChanged(url, prior, ctx.fetch));
    if (!result.changed)
      return { outcome: 'unchanged', state: afterSuccess(prior, now, ctx.everyMs, {}), items: [], skipped: 0 };
    const text = normalizeText(decodeText(url, result.document.bytes, result.document.charset).text);
    const { found, failed, complete } = await newItems(ctx, url, readFeedItems(text, url), claimed);
    const state = complete ? afterSuccess(prior, now, ctx.everyMs, result.validators) : null;
    return { outcome: 'changed', state, items: found, skipped: failed };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const state = afterFailure(prior, now, ctx.everyMs, error.reason);
    ctx.report(
      skippedFor(new InputError(url, error.reason, error.code), `${error.reason}; next try after ${state.nextCheck}`),
    );
    return { outcome: 'failed', state, items: [], skipped: 0 };
  }
};
