import type { EntityType, TextLayer, Token } from '../../doc/index.js';
import type { GazetteerKind } from './gazetteer/index.js';
import { buildUnits, type Unit } from './name-words.js';

/** One article prepared for entity extraction. */
export interface DocContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
  /** The unit each token belongs to, or -1. */
  readonly unitOf: Int32Array;
  /** Words the article writes in lower case somewhere: capitalised at a sentence start they are common words. */
  readonly lowerWords: ReadonlySet<string>;
}

/** A typed name span before document-level checks. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  readonly role: string | null;
  readonly metonym: boolean;
  /** False when nothing but capitalisation says it is a name. */
  readonly strong: boolean;
  /** Typed by a weak cue ("X said", "from X"): kept, but what the article says elsewhere overrules it. */
  readonly tentative?: boolean;
  /** True when the span opens a sentence, where capitals prove nothing. */
  readonly initial: boolean;
  readonly kind: GazetteerKind | null;
}

export const buildContext = (layer: TextLayer): DocContext => {
  const units = buildUnits(layer.text, layer.tokens);
  const unitOf = new Int32Array(layer.tokens.length).fill(-1);
  for (const u of units) for (let t = u.first; t <= u.last; t++) unitOf[t] = u.index;
  const lowerWords = new Set<string>();
  for (const t of layer.tokens) if (t.type === 'word' && t.text === t.normal) lowerWords.add(t.normal);
  return { text: layer.text, tokens: layer.tokens, units, unitOf, lowerWords };
};

/** The token at `index` when it is in `sentence`. */
export const tokenIn = (ctx: DocContext, index: number, sentence: number): Token | undefined => {
  const t = ctx.tokens[index];
  return t && t.sentence === sentence ? t : undefined;
};

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.text);

/** The name ending at token `last` is followed by a possessive, split off by wink or kept in the token. */
export const possessiveAfter = (ctx: DocContext, last: number, sentence: number): boolean =>
  isPossessive(tokenIn(ctx, last + 1, sentence)) || ctx.units[ctx.unitOf[last] ?? -1]?.possessive === true;

/** The candidate covering units `from`..`to` of a run. */
export const spanOf = (
  units: readonly Unit[],
  fields: Omit<Candidate, 'start' | 'end' | 'sentence' | 'first' | 'last'>,
): Candidate | undefined => {
  const a = units[0];
  const b = units[units.length - 1];
  if (!a || !b) return undefined;
  return { ...fields, start: a.start, end: b.end, sentence: a.sentence, first: a.first, last: b.last };
};
