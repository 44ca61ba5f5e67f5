import type { FeaturesJson } from '../cluster/index.js';
import type { AnnotatedArticle, Article, ArticleId, StoryId } from '../doc/index.js';
import type { Report } from '../report/index.js';
import type { FeedStore } from './feed-types.js';

/** An article as stored, with its story and its place in the ingest order. */
export interface StoredArticle {
  /** Ingest order: the online index is rebuilt by replaying articles in this order. */
  readonly seq: number;
  readonly storyId: StoryId;
  /** Its per-article annotations as nlp produced them (dates unresolved). */
  readonly doc: AnnotatedArticle;
}

/** What the online story index needs of a stored article: replaying these rebuilds it without reading the texts. */
export interface IndexEntry {
  readonly seq: number;
  readonly articleId: ArticleId;
  readonly storyId: StoryId;
  readonly features: FeaturesJson;
}

export interface StoryRecord {
  readonly id: StoryId;
  /** The id asked for, when it was an alias of a story merged into this one. */
  readonly requestedAs: string | null;
  readonly articleIds: readonly ArticleId[];
  /** Wire copies inside the story: copy → the article it copies. */
  readonly copies: Readonly<Record<string, string>>;
  readonly created: string;
  /** Latest stored version, 0 before the first analysis. */
  readonly version: number;
  /** True when members changed since the latest version was analysed. */
  readonly stale: boolean;
}

export interface NewVersion {
  readonly articleIds: readonly ArticleId[];
  readonly headline: string;
  readonly contested: number;
  /** The contract JSON report of this story alone, computed once and served as is. */
  readonly report: Report;
}

export interface StoryVersion extends NewVersion {
  readonly storyId: StoryId;
  readonly version: number;
  readonly created: string;
}

/** One line of the stories list: the latest version's summary. */
export interface StorySummary {
  readonly id: StoryId;
  readonly headline: string;
  readonly articleIds: readonly ArticleId[];
  readonly outlets: readonly string[];
  readonly updated: string;
  readonly version: number;
  readonly contested: number;
}

export interface StoryQuery {
  /** Words that must all occur in the headline or in one member article's title or text. */
  readonly search?: string;
  /** Only stories updated at or after this ISO time. */
  readonly since?: string;
  readonly limit?: number;
}

/** Writes inside one transaction holding the store's write lock: all of them land, or none. */
export interface StoreWriter {
  /** Index entries filed after `seq`, in ingest order (those other processes added since the caller last looked). */
  indexAfter(seq: number): Promise<IndexEntry[]>;
  hasArticle(id: ArticleId): Promise<boolean>;
  /** True when the id names a story or an alias: new ids must avoid both. */
  storyTaken(id: StoryId): Promise<boolean>;
  /** Files the article under the story (created when new) and marks the story stale; returns its seq. */
  addArticle(doc: AnnotatedArticle, features: FeaturesJson, storyId: StoryId, at: string): Promise<number>;
  setCopies(storyId: StoryId, copies: Readonly<Record<string, string>>): Promise<void>;
  /** Stores the next version of a story; it stays stale unless `articleIds` are exactly its members. */
  addVersion(storyId: StoryId, version: NewVersion, at: string): Promise<number>;
  /** Moves every member of `gone` into `keep` and makes `gone` an alias of it. */
  mergeStories(keep: StoryId, gone: StoryId, at: string): Promise<void>;
}

/** What every driver provides; a PostgreSQL driver passes the same contract suite (test/store/contract.ts). */
export interface Store extends FeedStore {
  /** The file or URL, for messages. */
  readonly location: string;
  write<T>(work: (writer: StoreWriter) => Promise<T>): Promise<T>;
  knownArticles(ids: readonly ArticleId[]): Promise<Set<ArticleId>>;
  articlesAfter(seq: number): Promise<StoredArticle[]>;
  /** Up to `limit` index entries after `seq`, in ingest order: the index is rebuilt page by page. */
  indexAfter(seq: number, limit?: number): Promise<IndexEntry[]>;
  article(id: ArticleId): Promise<Article | null>;
  /** Members' annotated articles, in ingest order. */
  storyDocs(id: StoryId): Promise<AnnotatedArticle[]>;
  /** The story by id or alias; null when neither. */
  story(idOrAlias: string): Promise<StoryRecord | null>;
  staleStories(): Promise<StoryId[]>;
  version(id: StoryId, version: number): Promise<StoryVersion | null>;
  /** The latest version created at or before the time, or null. */
  versionAt(id: StoryId, time: string): Promise<StoryVersion | null>;
  stories(query?: StoryQuery): Promise<StorySummary[]>;
  articleCount(): Promise<number>;
  close(): Promise<void>;
}
