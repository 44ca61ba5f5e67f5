import type { Hedge, Span, Token } from '../../doc/index.js';

/** One claim: a sentence, or a clause of a long coordinated sentence, with the facts used to match it. */
export interface ClaimUnit {
  readonly id: number;
  /** Index into the docs passed to alignClaims. */
  readonly doc: number;
  readonly sentence: number;
  /** Character span of the claim text in the article. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** A line without closing punctuation: a headline or a label. */
  readonly headline: boolean;
  /** The speaker of the transcript turn the sentence belongs to, when not the narrator. */
  readonly turnSpeaker: string | null;
}

/** A written figure: its value (or range) and the words as printed, hedge included ("about 10,000"). */
export interface Figure {
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: Hedge;
  readonly surface: string;
  readonly sentence: number;
  /** What is counted, as a stemmed head noun ("troop"), or null when the text does not say right there. */
  readonly slot: string | null;
  /** "USD", "%", …: figures in different units are never rivals. */
  readonly unit: string | null;
}

/** Who a claim is attributed to, and where it was said when the text names the occasion. */
export interface Attribution {
  readonly name: string;
  /** True when known to be a person (a person entity or a transcript speaker). */
  readonly person: boolean;
  readonly venue: string | null;
  /** Where the name is written in the unit; its words are who said it, not what was said. */
  readonly span: Span | null;
  /** False when the name was carried over from an earlier sentence for "he" or "she". */
  readonly written: boolean;
}

export interface UnitFacts {
  /** Content terms (stemmed lemmas, and "#value" for figures). */
  readonly terms: readonly string[];
  /** The terms that are names (entities, or proper nouns when no entity was annotated). */
  readonly names: readonly string[];
  readonly figures: readonly Figure[];
  /** Rival figures a following sentence gives for the same count ("the number has increased to 11,000"). */
  readonly rivals: readonly Figure[];
  readonly dates: readonly string[];
  readonly negated: boolean;
  readonly attribution: Attribution | null;
}
