import { clusterArticles } from '../cluster/index.js';
import type { AnnotatedArticle, Article, Diagnostic, StoryAnalysis } from '../doc/index.js';
import { resolveDates } from '../nlp/index.js';
import { analyzeStory } from './analyze-story.js';
import { annotateAll, articleNames } from './annotate-all.js';
import { sortArticles } from './canonical-order.js';
import { attempt, pipelineDiagnostic } from './failure.js';
import { storyHeadline } from './headline.js';
import { storyReferenceDate } from './reference-date.js';
import { alignedMembers, unaligned, withListed } from './story-bounds.js';

export interface Analysis {
  /** Every article analysed, annotated; undated ones carry their story's reference date, marked inferred. */
  readonly docs: readonly AnnotatedArticle[];
  readonly stories: readonly StoryAnalysis[];
  /** Articles skipped or only partly analysed, and stories that could not be aligned. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The whole engine over articles already read, taken in canonical order: annotate, group into stories, align each story. */
export const analyzeArticles = (given: readonly Article[]): Analysis => {
  const articles = sortArticles(given);
  const diagnostics: Diagnostic[] = [];
  const nameOf = articleNames(articles);
  const annotated = annotateAll(articles, nameOf, diagnostics);
  const stories = clusterArticles(annotated);
  const byId = new Map(annotated.map((d) => [d.article.id, d]));
  const docs = new Map<string, AnnotatedArticle>();
  const analyses = stories.map((story) => {
    const members = story.articleIds.flatMap((id) => byId.get(id) ?? []);
    const reference = storyReferenceDate(members);
    const dated = members.map(
      (d) =>
        attempt(
          () =>
            d.article.published
              ? resolveDates(d, d.article.published, false)
              : resolveDates(d, reference, reference !== null),
          (reason) =>
            pipelineDiagnostic(
              nameOf(d.article),
              'analysis-failed',
              `its dates could not be read (${reason})`,
              'warning',
            ),
          diagnostics,
        ) ?? d,
    );
    for (const d of dated) docs.set(d.article.id, d);
    const aligned = alignedMembers(story, dated);
    const named = `story "${storyHeadline(dated)}"`;
    if (aligned.length < dated.length) {
      const note = `only ${aligned.length} of its ${dated.length} articles compared (wire copies left out first); the others are listed`;
      diagnostics.push(pipelineDiagnostic(named, 'story-too-large', note, 'warning'));
    }
    const failed = (reason: string): Diagnostic =>
      pipelineDiagnostic(
        named,
        'analysis-failed',
        `could not be aligned (${reason}); its articles are listed only`,
        'warning',
      );
    const analysis = attempt(() => analyzeStory(story, aligned), failed, diagnostics) ?? unaligned(story, aligned);
    return withListed(analysis, story, dated);
  });
  return { docs: annotated.map((d) => docs.get(d.article.id) ?? d), stories: analyses, diagnostics };
};
