import { articleFeatures, createStoryIndex, featuresFromJson, featuresToJson } from '../cluster/index.js';
import type { AnnotatedArticle, ArticleId, StoryId } from '../doc/index.js';
import { type IndexEntry, type Store, type StoreWriter, storyIdFor } from '../store/index.js';

/** The online story index, kept in step with the store: every stored article replayed in ingest order. */
export interface LiveIndex {
  /** Replays articles other processes filed since this index last looked; call with the write lock held. */
  catchUp(writer: StoreWriter): Promise<void>;
  /** Files a new article under the story the index puts it in (a new story when it opens one). */
  file(doc: AnnotatedArticle, writer: StoreWriter, at: string): Promise<StoryId>;
}

/** The story most of the article's companions are filed under; ties go to the first met. */
const majority = (ids: readonly (StoryId | undefined)[]): StoryId | undefined => {
  const counts = new Map<StoryId, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: StoryId | undefined;
  for (const [id, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = id;
  return best;
};

/** Index entries read per query while rebuilding, which bounds the memory a rebuild needs. */
const REPLAY_PAGE = 500;

export const openLiveIndex = async (store: Store): Promise<LiveIndex> => {
  const index = createStoryIndex();
  const storyOf = new Map<ArticleId, StoryId>();
  let seq = 0;
  const replay = (rows: readonly IndexEntry[]): void => {
    for (const row of rows) {
      index.addFeatures(row.articleId, featuresFromJson(row.features));
      storyOf.set(row.articleId, row.storyId);
      seq = row.seq;
    }
  };
  for (
    let page = await store.indexAfter(0, REPLAY_PAGE);
    page.length > 0;
    page = await store.indexAfter(seq, REPLAY_PAGE)
  )
    replay(page);
  return {
    catchUp: async (writer) => replay(await writer.indexAfter(seq)),
    file: async (doc, writer, at) => {
      const own = doc.article.id;
      const features = articleFeatures(doc);
      index.addFeatures(own, features);
      const story = index.storyOf(own);
      const companions = story?.articleIds.filter((id) => id !== own) ?? [];
      const id =
        majority(companions.map((c) => storyOf.get(c))) ?? (await storyIdFor(own, (s) => writer.storyTaken(s)));
      seq = await writer.addArticle(doc, featuresToJson(features), id, at);
      storyOf.set(own, id);
      const copies = Object.entries(story?.copies ?? {}).flatMap(([copy, original]) =>
        original !== undefined && storyOf.get(copy as ArticleId) === id && storyOf.get(original) === id
          ? [[copy, original] as const]
          : [],
      );
      if (copies.length > 0) await writer.setCopies(id, Object.fromEntries(copies));
      return id;
    },
  };
};
