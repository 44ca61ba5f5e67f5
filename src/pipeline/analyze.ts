import { clusterArticles } from '../cluster/index.js';
import { type AnnotatedArticle, type Article, articleLabels, type StoryAnalysis } from '../doc/index.js';
import { annotateArticle } from '../nlp/index.js';
import { analyzeStory } from './analyze-story.js';
import { dateStoryDocs } from './date-story.js';

export interface Analysis {
  /** Every article, annotated; undated ones carry their story's reference date, marked inferred. */
  readonly docs: readonly AnnotatedArticle[];
  readonly stories: readonly StoryAnalysis[];
}

/** The whole engine over articles already read: annotate, group into stories, align each story. */
export const analyzeArticles = (articles: readonly Article[]): Analysis => {
  const annotated = articles.map(annotateArticle);
  const stories = clusterArticles(annotated);
  const byId = new Map(annotated.map((d) => [d.article.id, d]));
  const labels = articleLabels(articles);
  const docs = new Map<string, AnnotatedArticle>();
  const analyses = stories.map((story) => {
    const members = story.articleIds.flatMap((id) => byId.get(id) ?? []);
    const dated = dateStoryDocs(members);
    for (const d of dated) docs.set(d.article.id, d);
    return analyzeStory(story, dated, (id) => labels.get(id) ?? id);
  });
  return { docs: annotated.map((d) => docs.get(d.article.id) ?? d), stories: analyses };
};
