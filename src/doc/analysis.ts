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

export interface QuoteVariant {
  readonly articleId: ArticleId;
  readonly sentence: number;
  readonly text: string;
  /** The speaker as this article names them. */
  readonly speaker: string | null;
  /** Human-readable differences from the group's fullest wording; empty when identical. */
  readonly differences: readonly string[];
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

export type ClaimStatus = 'consensus' | 'single-source' | 'contested';

export interface Claim {
  readonly text: string;
  readonly status: ClaimStatus;
  readonly citations: readonly Citation[];
  /** Independent outlets behind the claim (wire copies counted once). */
  readonly sources: number;
  readonly note: string | null;
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
