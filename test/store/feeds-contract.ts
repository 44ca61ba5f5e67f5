import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedState, type Store, unpolledFeed } from '../../src/store/index.js';

const FEED = 'https://news.marrowby.example/feed.rss';
const OTHER = 'https://courier.quell.example/atom.xml';

const state = (url: string, changes: Partial<FeedState> = {}): FeedState => ({ ...unpolledFeed(url), ...changes });

/** Feed polling state and the seen-set, shared by every driver like the rest of the contract. */
export const describeFeedStore = (name: string, makeStore: () => Promise<Store>): void => {
  describe(`store contract, feeds: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('knows no feed until its state is saved, then gives it back as saved, in URL order', async () => {
      expect(await store.feed(FEED)).toBeNull();
      expect(await store.feeds()).toEqual([]);
      const polled = state(FEED, {
        etag: '"v7"',
        lastModified: 'Tue, 04 Mar 2031 10:00:00 GMT',
        lastChecked: '2031-03-04T10:00:00.000Z',
        nextCheck: '2031-03-04T10:15:00.000Z',
      });
      await store.saveFeedState(polled);
      await store.saveFeedState(state(OTHER, { failures: 1, lastError: 'cannot connect (ECONNREFUSED)' }));
      expect(await store.feed(FEED)).toEqual(polled);
      expect((await store.feeds()).map((f) => [f.url, f.failures])).toEqual([
        [OTHER, 1],
        [FEED, 0],
      ]);
    });

    it('replaces a feed state on each save: backoff recorded, then cleared by a success', async () => {
      await store.saveFeedState(state(FEED, { etag: '"v1"', failures: 2, lastError: 'HTTP 503 Service Unavailable' }));
      const recovered = state(FEED, { etag: '"v2"', lastChecked: '2031-03-05T08:00:00.000Z' });
      await store.saveFeedState(recovered);
      expect(await store.feed(FEED)).toEqual(recovered);
    });

    it('remembers items seen by canonical URL, whichever feed carried them', async () => {
      const page = 'https://news.marrowby.example/flood';
      expect(await store.seenItems([page])).toEqual(new Set());
      await store.markItemsSeen([{ url: page, feed: FEED, articleId: 'mb-1', at: '2031-03-04T10:00:00.000Z' }]);
      await store.markItemsSeen([
        { url: page, feed: OTHER, articleId: 'mb-2', at: '2031-03-05T10:00:00.000Z' },
        { url: 'https://courier.quell.example/choir', feed: OTHER, articleId: null, at: '2031-03-05T10:00:00.000Z' },
      ]);
      expect(
        await store.seenItems([page, 'https://courier.quell.example/choir', 'https://elsewhere.example/x']),
      ).toEqual(new Set([page, 'https://courier.quell.example/choir']));
    });
  });
};
