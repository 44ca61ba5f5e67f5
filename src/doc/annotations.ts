import type { Span } from './span.js';

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
}

export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT, ...). */
  readonly pos: string;
  /** wink token type: word, number, punctuation, email, url, ... */
  readonly type: string;
  readonly lemma: string;
  /** Lower-cased, quote-folded form. */
  readonly normal: string;
  readonly sentence: number;
}

export const ENTITY_TYPES = ['person', 'organization', 'place', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named mention in one article, typed and stripped of its role title. */
export interface EntityMention extends Span {
  readonly kind: 'entity';
  readonly sentence: number;
  /** The name as written, without the title ("Antony Blinken"). */
  readonly name: string;
  readonly type: EntityType;
  /** A role written next to the name ("Secretary of State"), or null. */
  readonly role: string | null;
  /** True when the name stands for an institution by place or building ("Washington", "the Kremlin"). */
  readonly metonym: boolean;
}

/** A direct quotation: `start`/`end` cover the words inside the marks (of the first part when split). */
export interface QuoteAnnotation extends Span {
  readonly kind: 'quote';
  readonly sentence: number;
  /** The quoted words; parts of a quote split by its attribution are joined with " … ". */
  readonly text: string;
  /** Every span of quoted words that belongs to this utterance, in order. */
  readonly parts: readonly Span[];
  /** The speaker as written in the article ("he" resolved to the name it refers to), or null. */
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly cue: string | null;
  /** "transcript" for NAME: turns, "partial" for a fragment inside reported speech. */
  readonly form: 'direct' | 'partial' | 'transcript';
}

export const HEDGES = [
  'exact',
  'about',
  'at least',
  'at most',
  'up to',
  'as many as',
  'more than',
  'fewer than',
] as const;
export type Hedge = (typeof HEDGES)[number];

export interface QuantityAnnotation extends Span {
  readonly kind: 'quantity';
  readonly sentence: number;
  readonly text: string;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: Hedge;
  readonly unit: string | null;
  /** What is counted, as a noun phrase with its qualifiers. */
  readonly what: string;
  /** The head noun of `what`, lemmatised, used to group figures across articles. */
  readonly head: string | null;
  readonly attributedTo: string | null;
  /** "per day" and the like. */
  readonly rate: string | null;
}

/** A date expression resolved to YYYY, YYYY-MM or YYYY-MM-DD. */
export interface TimexAnnotation extends Span {
  readonly kind: 'timex';
  readonly sentence: number;
  readonly text: string;
  readonly value: string;
  /** True when resolved against a date the article does not itself carry. */
  readonly inferred: boolean;
}

export type Annotation = EntityMention | QuoteAnnotation | QuantityAnnotation | TimexAnnotation;
export type AnnotationKind = Annotation['kind'];
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;
