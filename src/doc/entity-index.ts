import type { StoryEntity } from './analysis.js';
import type { ArticleId } from './ids.js';

/** The story's merged entities, and a way to map a name as one article writes it to its entity. */
export interface EntityIndex {
  readonly entities: readonly StoryEntity[];
  /** The entity that `name` (full name, surname, ALL-CAPS label, alias or role) refers to in `articleId`. */
  resolve(articleId: ArticleId, name: string): StoryEntity | undefined;
}
