import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type AnnotatedArticle,
  articleId,
  type EntityIndex,
  entityId,
  type QuoteAnnotation,
  type StoryEntity,
} from '../../src/doc/index.js';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { layerOf } from './gold.js';

export const seedsDir = (): string => path.resolve(process.cwd(), '..', 'shared', 'seeds');

/** The seed files' texts, without the leading " date YYYY-MM-DD " marker, in file order. */
export const seedTexts = (): { id: string; text: string }[] =>
  readdirSync(seedsDir())
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.txt$/, ''),
      text: readFileSync(path.join(seedsDir(), f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2} /, ''),
    }));

/** An annotated article whose only annotations are the quotes the extractor finds. */
export const annotate = (id: string, text: string): AnnotatedArticle => {
  const layer = layerOf(text);
  const annotations = extractQuotes(layer, []);
  return {
    article: { id: articleId(id), source: id, outlet: null, title: null, published: null, url: null, text },
    sentences: layer.sentences,
    tokens: layer.tokens,
    annotations,
    referenceDate: null,
    referenceDateInferred: false,
  };
};

const surname = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? '';

/** A stand-in for the real entity index: one person per surname, named by its most frequent spelling. */
export const surnameIndex = (docs: readonly AnnotatedArticle[]): EntityIndex => {
  const spellings = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const a of d.annotations) {
      const q = a as QuoteAnnotation;
      if (a.kind !== 'quote' || !q.speaker) continue;
      const forms = spellings.get(surname(q.speaker)) ?? new Map<string, number>();
      forms.set(q.speaker, (forms.get(q.speaker) ?? 0) + (q.speaker.includes(' ') ? 2 : 1));
      spellings.set(surname(q.speaker), forms);
    }
  }
  const entities: StoryEntity[] = [...spellings.entries()].map(([key, forms]) => {
    const name = [...forms.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? key;
    return {
      id: entityId(key),
      name,
      type: 'person',
      aliases: [...forms.keys()],
      variants: [],
      roles: [],
      articleIds: docs.map((d) => d.article.id),
      mentions: 1,
    };
  });
  return { entities, resolve: (_, name) => entities.find((e) => surname(e.name) === surname(name)) };
};
