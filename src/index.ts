/** The engine: read inputs into articles, analyse them into stories, and render the report. */
export type {
  AnnotatedArticle,
  Article,
  ArticleId,
  Citation,
  Claim,
  ClaimStatus,
  Diagnostic,
  Disagreement,
  DisagreementValue,
  EntityId,
  OutletCoverage,
  QuoteVariant,
  Story,
  StoryAnalysis,
  StoryEntity,
  StoryId,
  StoryNumber,
  StoryQuote,
  TimelineEntry,
} from './doc/index.js';
export type { IngestOptions, IngestResult } from './ingest/index.js';
export { InputError, ingest } from './ingest/index.js';
export type { FetchedDocument, FetchOptions } from './net/index.js';
export { urlFetcher } from './net/index.js';
export type { Analysis } from './pipeline/index.js';
export { analyzeArticles } from './pipeline/index.js';
export type { Report, ReportArticle, ReportStory } from './report/index.js';
export { GENERATOR, renderHtml, renderJson, renderMarkdown, toReport, VERSION } from './report/index.js';
