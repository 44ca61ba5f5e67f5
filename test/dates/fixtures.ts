import type { AnnotatedArticle, Article } from '../../src/doc/index.js';
import { extractTimexes } from '../../src/nlp/dates/index.js';
import { articleOf, layerOf, seedFiles, seedStem, splitDateMark } from '../helpers/docs.js';

export { articleOf, layerOf } from '../helpers/docs.js';

/** Annotates one article's dates; without its own date it borrows `storyDate` and says so. */
export const annotateDates = (article: Article, storyDate: string | null): AnnotatedArticle => {
  const { sentences, tokens } = layerOf(article.text);
  const inferred = article.published === null;
  const referenceDate = article.published ?? storyDate;
  const annotations = extractTimexes({ text: article.text, sentences, tokens }, referenceDate, inferred);
  return { article, sentences, tokens, annotations, referenceDate, referenceDateInferred: inferred };
};

/** The reference story: the leading " date YYYY-MM-DD " is stripped and becomes the published date. */
export const seedDocs = (): AnnotatedArticle[] => {
  const articles = seedFiles().map((f) => {
    const { text, published } = splitDateMark(f.raw);
    return articleOf(seedStem(f.name), text, published);
  });
  // The story's reference date is its latest dated report.
  const storyDate = articles
    .map((a) => a.published)
    .reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  return articles.map((a) => annotateDates(a, storyDate));
};
