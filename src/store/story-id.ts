import { createHash } from 'node:crypto';
import { type ArticleId, type StoryId, storyId } from '../doc/index.js';

/**
 * A story's id for life, taken from the article that opened it: short, URL-safe, and the same for the same ingest
 * order. `taken` says whether an id is already in use (an article can open a story only once, but a merged-away id
 * stays reserved as an alias), in which case a counter is mixed in.
 */
export const storyIdFor = async (first: ArticleId, taken: (id: StoryId) => Promise<boolean>): Promise<StoryId> => {
  for (let n = 0; ; n++) {
    const digest = createHash('sha256').update(`story\u0000${first}\u0000${n}`).digest('base64url');
    const id = storyId(`s-${digest.slice(0, 10)}`);
    if (!(await taken(id))) return id;
  }
};
