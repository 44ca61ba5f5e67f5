import type { ClaimStatus, EntityType, Hedge } from '../doc/index.js';

/** The JSON report of ../shared/CONTRACT.md, schemaVersion 1. Extra fields are allowed; none listed may go. */
export interface ReportCitation {
  readonly articleId: string;
  readonly sentence: number;
}

export interface ReportArticle {
  readonly id: string;
  /** The short name citations use in Markdown and HTML: the outlet, or A1, A2… by position. */
  readonly label: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** True when `published` is null and relative dates were read against the story's reference date. */
  readonly publishedInferred: boolean;
  /** The date relative expressions in this article were resolved against. */
  readonly referenceDate: string | null;
  readonly sentences: readonly string[];
}

export interface ReportEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly variants: readonly string[];
  readonly roles: readonly string[];
  readonly articleIds: readonly string[];
}

export interface ReportQuoteVariant {
  readonly articleId: string;
  readonly sentence: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly differences: readonly string[];
}

export interface ReportQuote {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly text: string;
  readonly citations: readonly ReportCitation[];
  readonly variants: readonly ReportQuoteVariant[];
  readonly speakerConflict: boolean;
}

export interface ReportNumber {
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: Hedge;
  readonly unit: string | null;
  readonly rate: string | null;
  readonly what: string;
  readonly attributedTo: string | null;
  readonly citations: readonly ReportCitation[];
}

export interface ReportDisagreement {
  readonly about: string;
  readonly values: readonly {
    readonly value: number | string;
    readonly hedge: Hedge | null;
    readonly attributedTo: string | null;
    readonly citations: readonly ReportCitation[];
  }[];
}

export interface ReportTimelineEntry {
  readonly date: string;
  readonly text: string;
  readonly inferred: boolean;
  readonly citations: readonly ReportCitation[];
}

export interface ReportClaim {
  readonly text: string;
  readonly status: ClaimStatus;
  readonly sources: number;
  readonly note: string | null;
  readonly citations: readonly ReportCitation[];
}

export interface ReportCoverage {
  readonly articleId: string;
  readonly outlet: string | null;
  readonly unique: readonly number[];
  readonly omitted: readonly number[];
  readonly copyOf: string | null;
}

export interface ReportStory {
  readonly id: string;
  readonly headline: string;
  readonly articleIds: readonly string[];
  readonly entities: readonly ReportEntity[];
  readonly quotes: readonly ReportQuote[];
  readonly numbers: readonly ReportNumber[];
  readonly disagreements: readonly ReportDisagreement[];
  readonly timeline: readonly ReportTimelineEntry[];
  readonly claims: readonly ReportClaim[];
  readonly coverage: readonly ReportCoverage[];
}

export interface Report {
  readonly schemaVersion: 1;
  readonly generator: string;
  readonly articles: readonly ReportArticle[];
  readonly stories: readonly ReportStory[];
}
