import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnotatedArticle, EntityMention } from '../../src/doc/index.js';
import { extractMentions } from '../../src/nlp/entities/index.js';
import { annotatedOf, articleOf, docOf, layerOf, seedFiles } from '../helpers/docs.js';

export { layerOf, SEEDS } from '../helpers/docs.js';
export const ECBPLUS = path.resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');

export const mentionsOf = (text: string): EntityMention[] => extractMentions(layerOf(text));

/** An article annotated with entity mentions only; the other annotation kinds stay empty. */
export const annotate = (id: string, text: string, published: string | null = null): AnnotatedArticle =>
  annotatedOf(articleOf(id, text, published), extractMentions);

/** The reference story: ids are the files' three-digit prefixes ("000", "002", ...). */
export const seedDocs = (): AnnotatedArticle[] =>
  seedFiles().map((f) => docOf(f.name.slice(0, 3), f.raw, { annotate: extractMentions }));

export const entityMentions = (doc: AnnotatedArticle): EntityMention[] =>
  doc.annotations.filter((a): a is EntityMention => a.kind === 'entity');

export const ecbArticles = (): { id: string; text: string }[] =>
  readFileSync(ECBPLUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { id: string; text: string });
