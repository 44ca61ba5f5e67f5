import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnnotatedArticle, articleId } from '../../src/doc/index.js';
import { ingest } from '../../src/ingest/index.js';
import { annotateArticle, textLayer } from '../../src/nlp/index.js';

/** Shared data lives next to the repository; tests and benches run with cwd /work/main. */
export const sharedDir = (...parts: string[]): string => path.resolve(process.cwd(), '../shared', ...parts);

export interface RawArticle {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
}

export interface GoldLabel {
  readonly id: string;
  readonly topic: number;
  readonly event: string;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

/** Sentences and tokens only, no annotations: for invented fixtures and text-only comparisons. */
export const annotate = (raw: RawArticle): AnnotatedArticle => {
  const { sentences, tokens } = textLayer(raw);
  return {
    article: {
      id: articleId(raw.id),
      source: raw.id,
      outlet: null,
      title: raw.title,
      published: raw.published,
      url: null,
      text: raw.text,
    },
    sentences,
    tokens,
    annotations: [],
    referenceDate: raw.published,
    referenceDateInferred: false,
  };
};

export const ecbArticles = (): RawArticle[] => readJsonl<RawArticle>(sharedDir('data/ecbplus/articles.jsonl'));

export const ecbGold = (): Map<string, string> =>
  new Map(readJsonl<GoldLabel>(sharedDir('data/ecbplus/gold.jsonl')).map((g) => [g.id, g.event]));

/** Articles as the engine builds them before grouping: read by `ingest`, then `annotateArticle` (names, figures). */
export const pipelineDocs = async (input: string): Promise<AnnotatedArticle[]> =>
  (await ingest([input])).articles.map(annotateArticle);

export const ecbDocs = (): Promise<AnnotatedArticle[]> => pipelineDocs(sharedDir('data/ecbplus/articles.jsonl'));

export const seedDocs = (): Promise<AnnotatedArticle[]> => pipelineDocs(sharedDir('seeds'));

/** The same article with its annotations dropped: what grouping sees from the text alone. */
export const textOnly = (doc: AnnotatedArticle): AnnotatedArticle => ({ ...doc, annotations: [] });
