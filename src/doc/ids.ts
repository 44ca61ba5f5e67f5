declare const brand: unique symbol;

/** A nominal string: the compiler keeps an ArticleId from being passed where a StoryId is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type StoryId = Brand<string, 'StoryId'>;
export type EntityId = Brand<string, 'EntityId'>;

export const articleId = (value: string): ArticleId => value as ArticleId;
export const storyId = (value: string): StoryId => value as StoryId;
export const entityId = (value: string): EntityId => value as EntityId;
