import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type AnnotatedArticle,
  type Annotation,
  type Article,
  articleId,
  type TextLayer,
} from '../../src/doc/index.js';
import { splitDateMark } from '../../src/ingest/index.js';
import { textLayer } from '../../src/nlp/index.js';

export const SEEDS = path.resolve(process.cwd(), '../shared/seeds');

/** One extractor run over a text layer; the doc carries only its annotations. */
export type Annotator = (layer: TextLayer) => Annotation[];

export interface ArticleOptions {
  readonly outlet?: string | null;
  readonly source?: string;
  readonly title?: string | null;
}

export interface DocOptions extends ArticleOptions {
  readonly annotate?: Annotator;
}

export { splitDateMark };

export const layerOf = (text: string): TextLayer => textLayer({ text });

export const articleOf = (
  id: string,
  text: string,
  published: string | null,
  options: ArticleOptions = {},
): Article => ({
  id: articleId(id),
  source: options.source ?? id,
  outlet: options.outlet ?? null,
  title: options.title ?? null,
  published,
  url: null,
  text,
});

/** An article with its text layer and one extractor's annotations; its own date is the reference date. */
export const annotatedOf = (article: Article, annotate?: Annotator): AnnotatedArticle => {
  const layer = layerOf(article.text);
  return {
    article,
    sentences: layer.sentences,
    tokens: layer.tokens,
    annotations: annotate ? annotate(layer) : [],
    referenceDate: article.published,
    referenceDateInferred: false,
  };
};

/** A doc from raw text whose date mark, if any, becomes the published date. */
export const docOf = (id: string, raw: string, options: DocOptions = {}): AnnotatedArticle => {
  const { text, published } = splitDateMark(raw);
  return annotatedOf(articleOf(id, text, published, options), options.annotate);
};

/** The reference story's files, sorted by name, with their raw text (date mark included). */
export const seedFiles = (): { name: string; raw: string }[] =>
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, raw: readFileSync(path.join(SEEDS, name), 'utf8') }));

/** A seed file's name without ".txt". */
export const seedStem = (name: string): string => name.replace(/\.txt$/, '');
