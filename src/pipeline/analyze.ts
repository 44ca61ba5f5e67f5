import { clusterArticles } from '../cluster/index.js';
import type { AnnotatedArticle, Article, StoryAnalysis } from '../doc/index.js';
import { annotateArticle, resolveDates } from '../nlp/index.js';
import { analyzeStory } from './analyze-story.js';
import { sortArticles } from './canonical-order.js';
import { storyReferenceDate } from './reference-date.js';

export interface Analysis {
  /** Every article, annotated; undated ones carry their story's reference date, marked inferred. */
  readonly docs: readonly AnnotatedArticle[];
  readonly stories: readonly StoryAnalysis[];
}

/** The whole engine over articles already read, taken in canonical order: annotate, group into stories, align each story. */
export const analyzeArticles = (given: readonly Article[]): Analysis => {
  const articles = sortArticles(given);
  const annotated = articles.map(annotateArticle);
  const stories = clusterArticles(annotated);
  const byId = new Map(annotated.map((d) => [d.article.id, d]));
  const docs = new Map<string, AnnotatedArticle>();
  const analyses = stories.map((story) => {
    const members = story.articleIds.flatMap((id) => byId.get(id) ?? []);
    const reference = storyReferenceDate(members);
    const dated = members.map((d) =>
      d.article.published
        ? resolveDates(d, d.article.published, false)
        : resolveDates(d, reference, reference !== null),
    );
    for (const d of dated) docs.set(d.article.id, d);
    return analyzeStory(story, dated);
  });
  return { docs: annotated.map((d) => docs.get(d.article.id) ?? d), stories: analyses };
};
