import type { AnnotatedArticle, Diagnostic } from '../doc/index.js';
import { resolveDates } from '../nlp/index.js';
import { attempt, pipelineDiagnostic } from './failure.js';
import { storyReferenceDate } from './reference-date.js';

/**
 * Resolves each member's dates: against its own published date, else the story's reference date (marked inferred).
 * A member whose dates cannot be read keeps them unresolved, with a warning naming it.
 */
export const dateStoryDocs = (
  members: readonly AnnotatedArticle[],
  diagnostics: Diagnostic[] = [],
  nameOf: (doc: AnnotatedArticle) => string = (d) => d.article.source,
): AnnotatedArticle[] => {
  const reference = storyReferenceDate(members);
  const couldNot = (d: AnnotatedArticle) => (reason: string) =>
    pipelineDiagnostic(nameOf(d), 'analysis-failed', `its dates could not be read (${reason})`, 'warning');
  return members.map(
    (d) =>
      attempt(
        () =>
          d.article.published
            ? resolveDates(d, d.article.published, false)
            : resolveDates(d, reference, reference !== null),
        couldNot(d),
        diagnostics,
      ) ?? d,
  );
};
