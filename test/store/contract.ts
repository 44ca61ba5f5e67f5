import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, storyId } from '../../src/doc/index.js';
import type { Store } from '../../src/store/index.js';
import { docOf, featuresOf, versionOf } from './fixtures.js';

const T1 = '2031-03-04T10:00:00.000Z';
const T2 = '2031-03-05T10:00:00.000Z';
const T3 = '2031-03-08T10:00:00.000Z';
const FLOOD = storyId('s-flood');
const CHOIR = storyId('s-choir');

/** Files the fixtures: the two flood reports in one story, the choir report in another, one version each. */
const fill = async (store: Store): Promise<void> => {
  await store.write(async (w) => {
    await w.addArticle(docOf('mb-1'), featuresOf('mb-1'), FLOOD, T1);
    await w.addArticle(docOf('mb-3'), featuresOf('mb-3'), CHOIR, T1);
    await w.addVersion(FLOOD, versionOf(FLOOD, ['mb-1']), T1);
    await w.addVersion(CHOIR, versionOf(CHOIR, ['mb-3']), T3);
  });
  await store.write(async (w) => {
    await w.addArticle(docOf('mb-2'), featuresOf('mb-2'), FLOOD, T2);
    await w.addVersion(FLOOD, versionOf(FLOOD, ['mb-1', 'mb-2']), T2);
  });
};

/** The behaviour every store driver must share; each driver's test file runs it on a real database. */
export const describeStore = (name: string, makeStore: () => Promise<Store>): void => {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      expect(await store.articleCount()).toBe(0);
      expect(await store.stories()).toEqual([]);
      expect(await store.story('s-flood')).toBeNull();
      expect(await store.articlesAfter(0)).toEqual([]);
    });

    it('gives back each annotated article exactly as nlp made it, in ingest order', async () => {
      await fill(store);
      const stored = await store.articlesAfter(0);
      expect(stored.map((s) => [s.doc.article.id, s.storyId])).toEqual([
        ['mb-1', FLOOD],
        ['mb-3', CHOIR],
        ['mb-2', FLOOD],
      ]);
      expect(stored.map((s) => s.doc)).toEqual([docOf('mb-1'), docOf('mb-3'), docOf('mb-2')]);
      const first = stored[0]?.seq ?? 0;
      expect((await store.articlesAfter(first)).map((s) => s.doc.article.id)).toEqual(['mb-3', 'mb-2']);
      expect(await store.article(articleId('mb-2'))).toEqual(docOf('mb-2').article);
      expect(await store.knownArticles([articleId('mb-2'), articleId('mb-9')])).toEqual(new Set(['mb-2']));
      expect((await store.storyDocs(FLOOD)).map((d) => d.article.id)).toEqual(['mb-1', 'mb-2']);
    });

    it('pages through the index entries in ingest order, each with the features it was filed with', async () => {
      await fill(store);
      const page = await store.indexAfter(0, 2);
      expect(page.map((e) => [e.articleId, e.storyId, e.features])).toEqual([
        ['mb-1', FLOOD, featuresOf('mb-1')],
        ['mb-3', CHOIR, featuresOf('mb-3')],
      ]);
      const rest = await store.indexAfter(page[1]?.seq ?? 0, 2);
      expect(rest.map((e) => e.articleId)).toEqual(['mb-2']);
      await store.write(async (w) => {
        expect((await w.indexAfter(page[0]?.seq ?? 0)).map((e) => e.articleId)).toEqual(['mb-3', 'mb-2']);
      });
    });

    it('numbers versions and tells a story analysed on its current members from a stale one', async () => {
      await fill(store);
      const flood = await store.story(FLOOD);
      expect(flood).toMatchObject({ id: FLOOD, requestedAs: null, articleIds: ['mb-1', 'mb-2'], version: 2 });
      expect(flood?.stale).toBe(false);
      expect((await store.version(FLOOD, 1))?.articleIds).toEqual(['mb-1']);
      expect((await store.versionAt(FLOOD, '2031-03-04T23:00:00.000Z'))?.version).toBe(1);
      expect(await store.versionAt(FLOOD, '2031-03-01T00:00:00.000Z')).toBeNull();
      const latest = await store.version(FLOOD, 2);
      expect(latest?.report.stories[0]?.articleIds).toEqual(['mb-1', 'mb-2']);
      expect(latest?.report.articles.map((a) => a.id)).toEqual(['mb-1', 'mb-2']);
      await store.write(async (w) => {
        await w.addArticle(docOf('mb-4'), featuresOf('mb-4'), storyId('s-other'), T3);
      });
      expect(await store.staleStories()).toEqual(['s-other']);
    });

    it('lists stories newest update first, with search over headlines and article text and a since filter', async () => {
      await fill(store);
      const all = await store.stories();
      expect(all.map((s) => [s.id, s.version, s.updated])).toEqual([
        [CHOIR, 1, T3],
        [FLOOD, 2, T2],
      ]);
      expect(all[1]).toMatchObject({
        articleIds: ['mb-1', 'mb-2'],
        outlets: ['Marrowby Ledger', 'Quell Valley Courier'],
      });
      expect((await store.stories({ search: 'choir' })).map((s) => s.id)).toEqual([CHOIR]);
      expect((await store.stories({ search: 'engineers satisfied' })).map((s) => s.id)).toEqual([FLOOD]);
      expect(await store.stories({ search: 'engineers "choir' })).toEqual([]);
      expect((await store.stories({ since: '2031-03-06T00:00:00.000Z' })).map((s) => s.id)).toEqual([CHOIR]);
      expect((await store.stories({ limit: 1 })).map((s) => s.id)).toEqual([CHOIR]);
    });

    it('keeps nothing of a write that fails part way', async () => {
      const failing = store.write(async (w) => {
        await w.addArticle(docOf('mb-1'), featuresOf('mb-1'), FLOOD, T1);
        throw new Error('interrupted');
      });
      await expect(failing).rejects.toThrow('interrupted');
      expect(await store.articleCount()).toBe(0);
      expect(await store.story(FLOOD)).toBeNull();
      await store.write(async (w) => {
        expect(await w.hasArticle(articleId('mb-1'))).toBe(false);
        await w.addArticle(docOf('mb-1'), featuresOf('mb-1'), FLOOD, T1);
        expect(await w.hasArticle(articleId('mb-1'))).toBe(true);
      });
      expect(await store.articleCount()).toBe(1);
    });

    it('refuses an article twice', async () => {
      await fill(store);
      await expect(store.write((w) => w.addArticle(docOf('mb-1'), featuresOf('mb-1'), CHOIR, T3))).rejects.toThrow();
      expect(await store.articleCount()).toBe(3);
    });

    it('merges into the surviving story and answers the other id as an alias', async () => {
      await fill(store);
      await store.write((w) => w.mergeStories(FLOOD, CHOIR, T3));
      const viaAlias = await store.story(CHOIR);
      expect(viaAlias).toMatchObject({ id: FLOOD, requestedAs: CHOIR, articleIds: ['mb-1', 'mb-3', 'mb-2'] });
      expect(viaAlias?.stale).toBe(true);
      expect(await store.staleStories()).toEqual([FLOOD]);
      expect((await store.stories()).map((s) => s.id)).toEqual([FLOOD]);
      await store.write(async (w) => {
        expect(await w.storyTaken(CHOIR)).toBe(true);
        expect(await w.storyTaken(storyId('s-none'))).toBe(false);
      });
    });
  });
};
