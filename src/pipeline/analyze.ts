import { clusterArticles } from '../cluster/index.js';
import type { AnnotatedArticle, Article, Diagnostic, StoryAnalysis } from '../doc/index.js';
import { analyzeMembers } from './analyze-members.js';
import { annotateAll, articleNames } from './annotate-all.js';
import { sortArticles } from './canonical-order.js';

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
    const { dated, analysis } = analyzeMembers(story, members, diagnostics, (d) => nameOf(d.article));
    for (const d of dated) docs.set(d.article.id, d);
    return analysis;
  });
  return { docs: annotated.map((d) => docs.get(d.article.id) ?? d), stories: analyses, diagnostics };
};
