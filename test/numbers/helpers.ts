import {
  type AnnotatedArticle,
  type EntityIndex,
  type EntityType,
  entityId,
  type QuantityAnnotation,
  type StoryEntity,
} from '../../src/doc/index.js';
import { extractQuantities } from '../../src/nlp/numbers/index.js';
import { docOf, seedFiles, seedStem } from '../helpers/docs.js';

export { SEEDS } from '../helpers/docs.js';

/** An article run through tokens, sentences and quantities; a leading " date YYYY-MM-DD " becomes `published`. */
export const annotate = (id: string, raw: string): AnnotatedArticle => docOf(id, raw, { annotate: extractQuantities });

export const seedDocs = (): AnnotatedArticle[] => seedFiles().map((f) => annotate(seedStem(f.name), f.raw));

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
