import type { AnnotatedArticle, OutletCoverage, Story, StoryAnalysis } from '../doc/index.js';
import { storyHeadline } from './headline.js';

/** Alignment compares articles pairwise in places, so past this many a story's articles are not all compared. */
export const MAX_ALIGNED_ARTICLES = 100;

/** The articles alignment compares: all of them, or the first originals in story order, then wire copies if room. */
export const alignedMembers = (story: Story, docs: readonly AnnotatedArticle[]): readonly AnnotatedArticle[] => {
  if (docs.length <= MAX_ALIGNED_ARTICLES) return docs;
  const isCopy = (d: AnnotatedArticle): boolean => story.copies[d.article.id] !== undefined;
  const chosen = new Set([...docs.filter((d) => !isCopy(d)), ...docs.filter(isCopy)].slice(0, MAX_ALIGNED_ARTICLES));
  return docs.filter((d) => chosen.has(d));
};

/** Coverage rows for articles listed in a story but not compared: nothing unique, nothing omitted. */
const listedCoverage = (story: Story, docs: readonly AnnotatedArticle[]): OutletCoverage[] =>
  docs.map(({ article }) => ({
    articleId: article.id,
    outlet: article.outlet,
    unique: [],
    omitted: [],
    copyOf: story.copies[article.id] ?? null,
  }));

/** The story's analysis with the articles left out of the comparison added to its coverage. */
export const withListed = (analysis: StoryAnalysis, story: Story, docs: readonly AnnotatedArticle[]): StoryAnalysis => {
  const covered = new Set(analysis.coverage.map((c) => c.articleId));
  const rest = docs.filter((d) => !covered.has(d.article.id));
  return rest.length === 0
    ? analysis
    : { ...analysis, coverage: [...analysis.coverage, ...listedCoverage(story, rest)] };
};

/** A story whose alignment failed: its articles, listed, with nothing aligned across them. */
export const unaligned = (story: Story, docs: readonly AnnotatedArticle[]): StoryAnalysis => ({
  id: story.id,
  headline: storyHeadline(docs),
  articleIds: story.articleIds,
  entities: [],
  quotes: [],
  numbers: [],
  disagreements: [],
  timeline: [],
  claims: [],
  coverage: listedCoverage(story, docs),
});
