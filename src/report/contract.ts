import type {
  Brand,
  Citation,
  Claim,
  Disagreement,
  OutletCoverage,
  QuoteVariant,
  StoryAnalysis,
  StoryEntity,
  StoryNumber,
  StoryQuote,
  TimelineEntry,
} from '../doc/index.js';

/**
 * The JSON form of an analysis type: branded ids become plain strings, arrays read-only. The report's shapes are
 * derived from the analysis types so that the contract and the engine cannot drift apart.
 */
export type Json<T> =
  T extends Brand<string, string>
    ? string
    : T extends string | number | boolean | null
      ? T
      : T extends readonly (infer U)[]
        ? readonly Json<U>[]
        : { readonly [K in keyof T]: Json<T[K]> };

/** The JSON report of ../shared/CONTRACT.md, schemaVersion 1. Extra fields are allowed; none listed may go. */
export type ReportCitation = Json<Citation>;
/** Entities without their internal mention count. */
export type ReportEntity = Json<Omit<StoryEntity, 'mentions'>>;
export type ReportQuoteVariant = Json<QuoteVariant>;
export type ReportQuote = Json<StoryQuote>;
export type ReportNumber = Json<StoryNumber>;
export type ReportDisagreement = Json<Disagreement>;
export type ReportTimelineEntry = Json<TimelineEntry>;
export type ReportClaim = Json<Claim>;
export type ReportCoverage = Json<OutletCoverage>;
export type ReportStory = Json<Omit<StoryAnalysis, 'entities'>> & { readonly entities: readonly ReportEntity[] };

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

export interface Report {
  readonly schemaVersion: 1;
  readonly generator: string;
  readonly articles: readonly ReportArticle[];
  readonly stories: readonly ReportStory[];
}
