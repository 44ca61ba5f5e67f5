import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnnotatedArticle, articleId } from '../../src/doc/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';

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

/** Builds the annotated form the cluster stage reads: sentences and tokens, no annotations. */
export const annotate = (raw: RawArticle): AnnotatedArticle => {
  const { sentences, tokens } = splitSentences(raw.text, tokenize(raw.text));
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

const DATE_PREFIX = /^ date (\d{4}-\d{2}-\d{2}) /;

/** The reference story's files; a leading " date YYYY-MM-DD " is the published date. */
export const seedArticles = (): RawArticle[] =>
  readdirSync(sharedDir('seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const content = readFileSync(sharedDir('seeds', name), 'utf8');
      const match = DATE_PREFIX.exec(content);
      return {
        id: `seed-${name.replace(/\.txt$/, '')}`,
        title: null,
        published: match?.[1] ?? null,
        text: match ? content.slice(match[0].length) : content,
      };
    });
