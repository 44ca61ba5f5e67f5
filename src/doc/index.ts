export type {
  Citation,
  Claim,
  ClaimNote,
  ClaimStatus,
  Disagreement,
  DisagreementValue,
  OutletCoverage,
  QuoteVariant,
  StoryAnalysis,
  StoryEntity,
  StoryNumber,
  StoryQuote,
  TimelineEntry,
  ValueInArticles,
  WordingDifference,
} from './analysis.js';
export { CLAIM_STATUSES } from './analysis.js';
export type { AnnotatedArticle } from './annotated-article.js';
export { annotationsOf, sentenceAt } from './annotated-article.js';
export type {
  Annotation,
  AnnotationKind,
  AnnotationOf,
  EntityMention,
  EntityType,
  Hedge,
  QuantityAnnotation,
  QuoteAnnotation,
  Sentence,
  TimexAnnotation,
  Token,
} from './annotations.js';
export { ENTITY_TYPES, HEDGES } from './annotations.js';
export type { Article } from './article.js';
export type { Diagnostic, DiagnosticCode } from './diagnostic.js';
export type { EntityIndex } from './entity-index.js';
export type { ArticleId, Brand, EntityId, StoryId } from './ids.js';
export { articleId, entityId, storyId } from './ids.js';
export { articleLabels } from './labels.js';
export { looksLikeHeadline } from './line-shape.js';
export type { Span } from './span.js';
export { contains, overlaps } from './span.js';
export type { Story } from './story.js';
export type { TextLayer } from './text-layer.js';
