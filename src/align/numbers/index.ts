import type { AnnotatedArticle, Disagreement, EntityIndex, StoryNumber } from '../../doc/index.js';
import { storyDisagreements } from './disagreements.js';
import { storyNumbers } from './facts.js';
import { groupMentions } from './group.js';
import { collectMentions } from './mentions.js';

/** The story's figures side by side: grouped by what they count, with the disagreements between sources. */
export const alignNumbers = (
  docs: readonly AnnotatedArticle[],
  entities: EntityIndex,
): { numbers: StoryNumber[]; disagreements: Disagreement[] } => {
  const groups = groupMentions(collectMentions(docs, entities));
  return { numbers: storyNumbers(groups), disagreements: storyDisagreements(groups) };
};
