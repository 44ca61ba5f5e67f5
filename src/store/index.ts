export type { StoreErrorCode } from './errors.js';
export { StoreError } from './errors.js';
export type { FeedState, FeedStore, SeenItem } from './feed-types.js';
export { unpolledFeed } from './feed-types.js';
export { DEFAULT_STORE_FILE, openStore, storeLocation } from './open.js';
export { openSqliteStore } from './sqlite/index.js';
export { storyIdFor } from './story-id.js';
export type {
  IndexEntry,
  NewVersion,
  Store,
  StoredArticle,
  StoreWriter,
  StoryQuery,
  StoryRecord,
  StorySummary,
  StoryVersion,
} from './types.js';
