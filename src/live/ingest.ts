import type { Article, ArticleId, Diagnostic, StoryId } from '../doc/index.js';
import { annotateAll, articleNames } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { refreshStaleStories } from './analyze-stored.js';
import { type LiveIndex, openLiveIndex } from './live-index.js';

export interface IngestSummary {
  readonly added: number;
  readonly alreadyStored: number;
  /** New articles that could not be analysed, each named in `diagnostics`. */
  readonly failed: number;
  readonly storiesTouched: number;
  readonly versionsStored: number;
  /** Articles skipped or only partly analysed, and stories that could not be aligned. */
  readonly diagnostics: readonly Diagnostic[];
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
  const diagnostics: Diagnostic[] = [];
  const nameOf = articleNames(fresh);
  let added = 0;
  let failed = 0;
  for (let start = 0; start < fresh.length; start += size) {
    const batch = fresh.slice(start, start + size);
    // The same guards as a one-shot run: a hostile article is bounded, and one that fails is its own diagnostic.
    const docs = annotateAll(batch, nameOf, diagnostics);
    failed += batch.length - docs.length;
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
  const versionsStored = await refreshStaleStories(store, now, diagnostics);
  const alreadyStored = articles.length - added - failed;
  return { added, alreadyStored, failed, storiesTouched: touched.size, versionsStored, diagnostics };
};
