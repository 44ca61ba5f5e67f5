import { alignClaims } from '../align/claims/index.js';
import { mergeEntities } from '../align/entities/index.js';
import { alignNumbers } from '../align/numbers/index.js';
import { alignQuotes } from '../align/quotes/index.js';
import { buildTimeline } from '../align/timeline/index.js';
import type { AnnotatedArticle, Story, StoryAnalysis } from '../doc/index.js';
import { storyHeadline } from './headline.js';

/** Runs the align stages over one story's annotated articles. */
export const analyzeStory = (story: Story, docs: readonly AnnotatedArticle[]): StoryAnalysis => {
  const entities = mergeEntities(docs);
  const { numbers, disagreements } = alignNumbers(docs, entities);
  const { claims, coverage } = alignClaims(docs, story);
  return {
    id: story.id,
    headline: storyHeadline(docs),
    articleIds: story.articleIds,
    entities: entities.entities,
    quotes: alignQuotes(docs, entities),
    numbers,
    disagreements,
    timeline: buildTimeline(docs),
    claims,
    coverage,
  };
};
