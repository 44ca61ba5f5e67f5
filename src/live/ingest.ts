import type { Article, ArticleId, StoryId } from '../doc/index.js';
import { annotateArticle } from '../nlp/index.js';
import type { Store } from '../store/index.js';
import { refreshStaleStories } from './analyze-stored.js';
import { type LiveIndex, openLiveIndex } from './live-index.js';

export interface IngestSummary {
  readonly added: number;
  readonly alreadyStored: number;
  readonly storiesTouched: number;
  readonly versionsStored: number;
}

export interface LiveIngestOptions {
  readonly now?: () => string;
  /** Articles per transaction: each batch is committed before the next one is read into the index. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** An index already in step with this store (a long-running process keeps one); rebuilt from the store if absent. */
  readonly index?: LiveIndex;
}

const DEFAULT_BATCH = 25;

/**
 * Stores new articles and brings their stories up to date: each article's nlp runs once, the online index files it
 * under a story, and only the stories touched (or left stale by an interrupted run) are analysed again.
 */
export const ingestArticles = async (
  store: Store,
  articles: readonly Article[],
  options: LiveIngestOptions = {},
): Promise<IngestSummary> => {
  const now = options.now ?? (() => new Date().toISOString());
  const size = options.batchSize ?? DEFAULT_BATCH;
  const known = await store.knownArticles(articles.map((a) => a.id));
  const seen = new Set<ArticleId>(known);
  const fresh = articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
  const index = options.index ?? (await openLiveIndex(store));
  const touched = new Set<StoryId>();
  let added = 0;
  for (let start = 0; start < fresh.length; start += size) {
    const docs = fresh.slice(start, start + size).map(annotateArticle);
    added += await store.write(async (w) => {
      await index.catchUp(w);
      let filed = 0;
      for (const doc of docs) {
        // Another process may have stored it since this run looked; its copy counts as stored already.
        if (await w.hasArticle(doc.article.id)) continue;
        touched.add(await index.file(doc, w, now()));
        filed++;
      }
      return filed;
    });
    options.onProgress?.(Math.min(start + size, fresh.length), fresh.length);
  }
  const versionsStored = await refreshStaleStories(store, now);
  return { added, alreadyStored: articles.length - added, storiesTouched: touched.size, versionsStored };
};
