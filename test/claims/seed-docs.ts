import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnnotatedArticle, articleId, type Story, storyId } from '../../src/doc/index.js';
import { textLayer } from '../../src/nlp/index.js';

const DATE = /^\s*date (\d{4}-\d{2}-\d{2}) /;

/** An annotated article with sentences and tokens only: what the claim stage sees before other extractors land. */
export const docOf = (id: string, raw: string, outlet: string | null = null): AnnotatedArticle => {
  const date = DATE.exec(raw);
  const text = date ? raw.slice(date[0].length) : raw;
  const published = date?.[1] ?? null;
  const article = { id: articleId(id), source: `${id}.txt`, outlet, title: null, published, url: null, text };
  const { sentences, tokens } = textLayer(article);
  return { article, sentences, tokens, annotations: [], referenceDate: published, referenceDateInferred: false };
};

const SEEDS = path.resolve(process.cwd(), '../shared/seeds');

/** The reference story: the four seed reports, ids "000", "002", ... from their file names. */
export const seedDocs = (): AnnotatedArticle[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => docOf(f.slice(0, 3), readFileSync(path.join(SEEDS, f), 'utf8')));

export const storyOf = (docs: readonly AnnotatedArticle[], copies: [string, string][] = []): Story => ({
  id: storyId('story'),
  articleIds: docs.map((d) => d.article.id),
  copies: new Map(copies.map(([copy, original]) => [articleId(copy), articleId(original)])),
});
