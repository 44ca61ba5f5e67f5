import { alignClaims } from '../align/claims/index.js';
import { mergeEntities } from '../align/entities/index.js';
import { alignNumbers } from '../align/numbers/index.js';
import { alignQuotes } from '../align/quotes/index.js';
import { buildTimeline } from '../align/timeline/index.js';
import type { AnnotatedArticle, Story, StoryAnalysis } from '../doc/index.js';
import { sortDocs, sortIds } from './canonical-order.js';
import { storyHeadline } from './headline.js';

/**
 * Runs the align stages over one story's annotated articles, taken in canonical order so that a story re-analysed as
 * articles arrive matches a batch run.
 */
export const analyzeStory = (story: Story, given: readonly AnnotatedArticle[]): StoryAnalysis => {
  const docs = sortDocs(given);
  const ordered = { ...story, articleIds: sortIds(story.articleIds, docs) };
  const entities = mergeEntities(docs);
  const { numbers, disagreements } = alignNumbers(docs, entities);
  const { claims, coverage } = alignClaims(docs, ordered);
  return {
    id: story.id,
    headline: storyHeadline(docs),
    articleIds: ordered.articleIds,
    entities: entities.entities,
    quotes: alignQuotes(docs, entities),
    numbers,
    disagreements,
    timeline: buildTimeline(docs),
    claims,
    coverage,
  };
};
