import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type AnnotatedArticle,
  articleId,
  type EntityIndex,
  type EntityType,
  entityId,
  type QuantityAnnotation,
  type StoryEntity,
} from '../../src/doc/index.js';
import { extractQuantities } from '../../src/nlp/numbers/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';

export const SEEDS = path.resolve(process.cwd(), '../shared/seeds');
const DATE_MARK = /^ date (\d{4}-\d{2}-\d{2}) /;

/** An article run through tokens, sentences and quantities; a leading " date YYYY-MM-DD " becomes `published`. */
export const annotate = (id: string, raw: string): AnnotatedArticle => {
  const mark = DATE_MARK.exec(raw);
  const text = mark ? raw.slice(mark[0].length) : raw;
  const { sentences, tokens } = splitSentences(text, tokenize(text));
  const published = mark?.[1] ?? null;
  return {
    article: { id: articleId(id), source: id, outlet: null, title: null, published, url: null, text },
    sentences,
    tokens,
    annotations: extractQuantities({ text, sentences, tokens }),
    referenceDate: published,
    referenceDateInferred: false,
  };
};

export const seedDocs = (): AnnotatedArticle[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => annotate(f.replace(/\.txt$/, ''), readFileSync(path.join(SEEDS, f), 'utf8')));

export const quantities = (doc: AnnotatedArticle): QuantityAnnotation[] =>
  doc.annotations.filter((a): a is QuantityAnnotation => a.kind === 'quantity');

/** Quantities of one text, for fixtures. */
export const quantitiesOf = (text: string): QuantityAnnotation[] => quantities(annotate('fixture', text));

/** A tiny entity index: each entity answers to its name, its aliases and its surname. */
export const fakeEntities = (list: readonly { name: string; type: EntityType; aliases?: string[] }[]): EntityIndex => {
  const entities: StoryEntity[] = list.map((e) => ({
    id: entityId(e.name),
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
    variants: [],
    roles: [],
    articleIds: [],
    mentions: 1,
  }));
  const names = (e: StoryEntity) => [e.name, ...e.aliases, e.name.split(' ').pop() ?? ''].map((n) => n.toLowerCase());
  return {
    entities,
    resolve: (_id, name) => entities.find((e) => names(e).includes(name.toLowerCase())),
  };
};

/** The grounding check: the cited sentence carries the value as digits, as "N million|billion|thousand", or as a word. */
const WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const sentenceCarries = (sentence: string, value: number): boolean => {
  const plain = sentence.replace(/,/g, '').toLowerCase();
  if (plain.includes(String(value))) return true;
  const scaled = [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const;
  if (scaled.some(([s, w]) => plain.includes(`${value / s} ${w}`))) return true;
  const word = WORDS[value] ?? { 20: 'twenty', 100: 'hundred', 1000: 'thousand' }[value];
  return !!word && new RegExp(`\\b${word}\\b`).test(plain);
};
