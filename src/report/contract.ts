import { z } from 'zod';
import { CLAIM_STATUSES, ENTITY_TYPES, HEDGES } from '../doc/index.js';

/**
 * The JSON report of ../shared/CONTRACT.md (schemaVersion 1) as zod schemas: they validate what is stored and served,
 * type the report, and give the API its OpenAPI document. Extra fields are allowed; none the contract lists may go.
 */
const id = z.string().min(1);
const hedge = z.enum(HEDGES);

export const citationSchema = z.object({ articleId: id, sentence: z.number().int().nonnegative() });
const citations = z.array(citationSchema);

export const articleSchema = z.object({
  id,
  /** The short name citations use in Markdown and HTML: the outlet, or A1, A2… by position. */
  label: z.string(),
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.iso.date().nullable(),
  /** True when `published` is null and relative dates were read against the story's reference date. */
  publishedInferred: z.boolean(),
  /** The date relative expressions in this article were resolved against. */
  referenceDate: z.string().nullable(),
  sentences: z.array(z.string()),
});

export const entitySchema = z.object({
  id,
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  variants: z.array(z.string()),
  roles: z.array(z.string()),
  articleIds: z.array(id),
});

export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  text: z.string(),
  citations,
  variants: z.array(
    z.object({
      articleId: id,
      sentence: z.number().int().nonnegative(),
      text: z.string(),
      speaker: z.string().nullable(),
      /** How this outlet's wording differs from the fullest one, in words. */
      differences: z.array(z.string()),
    }),
  ),
  speakerConflict: z.boolean(),
});

export const numberSchema = z.object({
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  hedge,
  unit: z.string().nullable(),
  rate: z.string().nullable(),
  what: z.string(),
  attributedTo: z.string().nullable(),
  citations,
});

export const disagreementSchema = z.object({
  about: z.string(),
  values: z.array(
    z.object({
      value: z.union([z.number(), z.string()]),
      hedge: hedge.nullable(),
      attributedTo: z.string().nullable(),
      citations,
    }),
  ),
});

export const timelineEntrySchema = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  text: z.string(),
  citations,
  inferred: z.boolean(),
});

const valuesInArticles = z.array(z.object({ value: z.string(), articleIds: z.array(id) }));
export const claimNoteSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('copies'),
    families: z.array(z.object({ original: id.nullable(), copies: z.array(id) })),
  }),
  z.object({
    kind: z.literal('primary-source'),
    outlets: z.number(),
    source: z.string(),
    venue: z.string().nullable(),
  }),
  z.object({ kind: z.enum(['figures-differ', 'dates-differ']), values: valuesInArticles }),
  z.object({ kind: z.literal('negation'), negatedIn: id, affirmedIn: id }),
  z.object({ kind: z.literal('speakers-differ'), speakers: z.array(z.object({ name: z.string(), articleId: id })) }),
]);

export const claimSchema = z.object({
  text: z.string(),
  status: z.enum(CLAIM_STATUSES),
  citations,
  /** Independent outlets behind the claim (wire copies counted once). */
  sources: z.number().int().nonnegative(),
  /** The notes in words, as the brief shows them. */
  note: z.string().nullable(),
  notes: z.array(claimNoteSchema),
});

export const coverageSchema = z.object({
  articleId: id,
  outlet: z.string().nullable(),
  unique: z.array(z.number().int().nonnegative()),
  omitted: z.array(z.number().int().nonnegative()),
  copyOf: id.nullable(),
});

export const storySchema = z.object({
  id,
  headline: z.string(),
  articleIds: z.array(id),
  entities: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  numbers: z.array(numberSchema),
  disagreements: z.array(disagreementSchema),
  timeline: z.array(timelineEntrySchema),
  claims: z.array(claimSchema),
  coverage: z.array(coverageSchema),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  generator: z.string(),
  articles: z.array(articleSchema),
  stories: z.array(storySchema),
});

/** A report read-only all the way down, so the engine's read-only analysis fits it without copies. */
type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

export type ReportCitation = Frozen<z.infer<typeof citationSchema>>;
export type ReportArticle = Frozen<z.infer<typeof articleSchema>>;
export type ReportEntity = Frozen<z.infer<typeof entitySchema>>;
export type ReportQuote = Frozen<z.infer<typeof quoteSchema>>;
export type ReportNumber = Frozen<z.infer<typeof numberSchema>>;
export type ReportDisagreement = Frozen<z.infer<typeof disagreementSchema>>;
export type ReportTimelineEntry = Frozen<z.infer<typeof timelineEntrySchema>>;
export type ReportClaimNote = Frozen<z.infer<typeof claimNoteSchema>>;
export type ReportClaim = Frozen<z.infer<typeof claimSchema>>;
export type ReportCoverage = Frozen<z.infer<typeof coverageSchema>>;
export type ReportStory = Frozen<z.infer<typeof storySchema>>;
export type Report = Frozen<z.infer<typeof reportSchema>>;
