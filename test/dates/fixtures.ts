import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnnotatedArticle, type Article, articleId, type TextLayer } from '../../src/doc/index.js';
import { extractTimexes } from '../../src/nlp/dates/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';

const DATE_PREFIX = /^ date (\d{4}-\d{2}-\d{2}) /;

export const layerOf = (text: string): TextLayer => ({ text, ...splitSentences(text, tokenize(text)) });

/** Annotates one article's dates; without its own date it borrows `storyDate` and says so. */
export const annotateDates = (article: Article, storyDate: string | null): AnnotatedArticle => {
  const { sentences, tokens } = layerOf(article.text);
  const inferred = article.published === null;
  const referenceDate = article.published ?? storyDate;
  const annotations = extractTimexes({ text: article.text, sentences, tokens }, referenceDate, inferred);
  return { article, sentences, tokens, annotations, referenceDate, referenceDateInferred: inferred };
};

export const articleOf = (id: string, text: string, published: string | null): Article => ({
  id: articleId(id),
  source: id,
  outlet: null,
  title: null,
  published,
  url: null,
  text,
});

/** The reference story: the leading " date YYYY-MM-DD " is stripped and becomes the published date. */
export const seedDocs = (): AnnotatedArticle[] => {
  const dir = path.resolve(process.cwd(), '../shared/seeds');
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      const date = DATE_PREFIX.exec(raw)?.[1] ?? null;
      return articleOf(name.replace(/\.txt$/, ''), date ? raw.replace(DATE_PREFIX, '') : raw, date);
    });
  // The story's reference date is its latest dated report.
  const storyDate = articles
    .map((a) => a.published)
    .reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  return articles.map((a) => annotateDates(a, storyDate));
};
