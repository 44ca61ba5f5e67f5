import { createHash } from 'node:crypto';
import { type ArticleId, type StoryId, storyId } from '../doc/index.js';

/** murmur3's finaliser: spreads every input bit over the whole 32-bit word. */
export const mix32 = (x: number): number => {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** FNV-1a over UTF-16 code units, finalised with mix32; fast and stable across runs. */
export const hashString = (s: string, seed = 0): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
};

/** A story's id depends only on its members, so the same grouping always gets the same id. */
export const storyIdOf = (ids: readonly ArticleId[]): StoryId => {
  const digest = createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex');
  return storyId(`story-${digest.slice(0, 16)}`);
};
