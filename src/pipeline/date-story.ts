import type { AnnotatedArticle } from '../doc/index.js';
import { resolveDates } from '../nlp/index.js';
import { storyReferenceDate } from './reference-date.js';

/** Resolves each member's dates: against its own published date, else the story's reference date (marked inferred). */
export const dateStoryDocs = (members: readonly AnnotatedArticle[]): AnnotatedArticle[] => {
  const reference = storyReferenceDate(members);
  return members.map((d) =>
    d.article.published ? resolveDates(d, d.article.published, false) : resolveDates(d, reference, reference !== null),
  );
};
