import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnnotatedArticle, articleId, type EntityMention, type TextLayer } from '../../src/doc/index.js';
import { extractMentions } from '../../src/nlp/entities/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';

export const SEEDS = path.resolve(process.cwd(), '../shared/seeds');
export const ECBPLUS = path.resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');

const DATE_PREFIX = /^ date (\d{4}-\d{2}-\d{2}) /;

export const layerOf = (text: string): TextLayer => {
  const { sentences, tokens } = splitSentences(text, tokenize(text));
  return { text, sentences, tokens };
};

export const mentionsOf = (text: string): EntityMention[] => extractMentions(layerOf(text));

/** An article annotated with entity mentions only; the other annotation kinds stay empty. */
export const annotate = (id: string, text: string, published: string | null = null): AnnotatedArticle => {
  const layer = layerOf(text);
  return {
    article: { id: articleId(id), source: id, outlet: null, title: null, published, url: null, text },
    sentences: layer.sentences,
    tokens: layer.tokens,
    annotations: extractMentions(layer),
    referenceDate: published,
    referenceDateInferred: false,
  };
};

/** The reference story: ids are the files' three-digit prefixes ("000", "002", ...). */
export const seedDocs = (): AnnotatedArticle[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(SEEDS, f), 'utf8');
      const date = DATE_PREFIX.exec(raw);
      return annotate(f.slice(0, 3), date ? raw.slice(date[0].length) : raw, date?.[1] ?? null);
    });

export const entityMentions = (doc: AnnotatedArticle): EntityMention[] =>
  doc.annotations.filter((a): a is EntityMention => a.kind === 'entity');

export const ecbArticles = (): { id: string; text: string }[] =>
  readFileSync(ECBPLUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { id: string; text: string });
