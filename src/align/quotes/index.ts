import type { AnnotatedArticle, EntityIndex, StoryQuote } from '../../doc/index.js';
import { type Built, buildQuotes } from './build.js';
import { groupUnits } from './group.js';
import { storyUnits } from './quote-units.js';

export { alignWords, similar } from './align.js';
export { describeDifferences } from './differences.js';
export { type Word, wordsOf } from './words.js';

/**
 * The story's quotes, each utterance once: the same words quoted by several outlets (exactly, shortened or lightly
 * reworded) become one quote citing every article that carries it, with each outlet's wording and its differences.
 */
export const alignQuotes = (docs: readonly AnnotatedArticle[], entities: EntityIndex): StoryQuote[] => {
  const { quotes, units } = storyUnits(docs);
  const story = { docs, quotes, units, entities };
  const built: Built[] = groupUnits(units, quotes).flatMap((group) => buildQuotes(story, group));
  return built.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]).map((b) => b.quote);
};
