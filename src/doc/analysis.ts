import type { EntityType, Hedge } from './annotations.js';
import type { ArticleId, EntityId, StoryId } from './ids.js';

export interface Citation {
  readonly articleId: ArticleId;
  readonly sentence: number;
}

export interface StoryEntity {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Spellings that differ from `name` by a small edit: likely misspellings worth flagging. */
  readonly variants: readonly string[];
  readonly roles: readonly string[];
  readonly articleIds: readonly ArticleId[];
  readonly mentions: number;
}

/**
 * How one outlet's wording of a quote differs from the fullest wording, as data; `report/` puts it in words.
 * `words` are the quote's own words; `after` is the word a punctuation change follows.
 */
export type WordingDifference =
  | { readonly kind: 'omits' | 'adds' | 'omits-start-or-end' | 'adds-start-or-end'; readonly words: string }
  | { readonly kind: 'reworded'; readonly from: string; readonly to: string }
  | { readonly kind: 'comma-dropped' | 'comma-added'; readonly after: string }
  | { readonly kind: 'punctuation'; readonly from: string; readonly to: string; readonly after: string };

export interface QuoteVariant {
  readonly articleId: ArticleId;
  readonly sentence: number;
  readonly text: string;
  /** The speaker as this article names them. */
  readonly speaker: string | null;
  /** Differences from the group's fullest wording; empty when identical. */
  readonly differences: readonly WordingDifference[];
}

export interface StoryQuote {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly variants: readonly QuoteVariant[];
  /** True when outlets attribute this utterance to different speakers. */
  readonly speakerConflict: boolean;
}

export interface StoryNumber {
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: Hedge;
  readonly unit: string | null;
  /** "per day" and the like, for a rate. */
  readonly rate: string | null;
  readonly what: string;
  readonly attributedTo: string | null;
  readonly citations: readonly Citation[];
}

export interface DisagreementValue {
  readonly value: number | string;
  readonly hedge: Hedge | null;
  readonly attributedTo: string | null;
  readonly citations: readonly Citation[];
}

export interface Disagreement {
  readonly about: string;
  readonly values: readonly DisagreementValue[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly text: string;
  readonly citations: readonly Citation[];
  /** True when a date came from an article's inferred reference date. */
  readonly inferred: boolean;
}

export const CLAIM_STATUSES = ['consensus', 'single-source', 'contested'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Articles that state one value of a disputed figure or date. */
export interface ValueInArticles {
  readonly value: string;
  readonly articleIds: readonly ArticleId[];
}

/** Why a claim counts as it does, or why its accounts disagree, as data; `report/` puts it in words. */
export type ClaimNote =
  /** Wire copies counted once: each copy with the article it copies (null: an original none of them carries). */
  | {
      readonly kind: 'copies';
      readonly families: readonly { readonly original: ArticleId | null; readonly copies: readonly ArticleId[] }[];
    }
  /** Every outlet that names a source names the same one. */
  | {
      readonly kind: 'primary-source';
      readonly outlets: number;
      readonly source: string;
      readonly venue: string | null;
    }
  | { readonly kind: 'figures-differ' | 'dates-differ'; readonly values: readonly ValueInArticles[] }
  | { readonly kind: 'negation'; readonly negatedIn: ArticleId; readonly affirmedIn: ArticleId }
  | {
      readonly kind: 'speakers-differ';
      readonly speakers: readonly { readonly name: string; readonly articleId: ArticleId }[];
    };

export interface Claim {
  readonly text: string;
  readonly status: ClaimStatus;
  readonly citations: readonly Citation[];
  /** Independent outlets behind the claim (wire copies counted once). */
  readonly sources: number;
  readonly notes: readonly ClaimNote[];
}

export interface OutletCoverage {
  readonly articleId: ArticleId;
  readonly outlet: string | null;
  /** Claims only this article carries. */
  readonly unique: readonly number[];
  /** Consensus claims this article does not carry. */
  readonly omitted: readonly number[];
  /** The article this one copies, when it is a wire copy. */
  readonly copyOf: ArticleId | null;
}

export interface StoryAnalysis {
  readonly id: StoryId;
  readonly headline: string;
  readonly articleIds: readonly ArticleId[];
  readonly entities: readonly StoryEntity[];
  readonly quotes: readonly StoryQuote[];
  readonly numbers: readonly StoryNumber[];
  readonly disagreements: readonly Disagreement[];
  readonly timeline: readonly TimelineEntry[];
  readonly claims: readonly Claim[];
  readonly coverage: readonly OutletCoverage[];
}
