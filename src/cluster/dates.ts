import { type AnnotatedArticle, annotationsOf } from '../doc/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** The first and last day (days since the epoch) a group of articles was written on. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

export interface TimeOptions {
  /** Days apart that cost nothing: one news cycle. */
  readonly windowDays: number;
  /** Beyond the window, the affinity halves every this many days. */
  readonly halfLifeDays: number;
}

/** Lines that can carry a dateline date: source, headline, byline and dateline come first. */
const DATELINE_LINES = 4;

/** The offset where line `n` (0-based) starts, or the text's length. */
const lineStart = (text: string, n: number): number => {
  let at = 0;
  for (let line = 0; line < n; line++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
};

/**
 * The day the text states at its top (a dateline such as "May 3, 2013"): the first full date, stated outright, in
 * the opening lines. Dates further down are mostly background, so they are not read as the writing date.
 */
const datelineDate = (doc: AnnotatedArticle): string | null => {
  const top = lineStart(doc.article.text, DATELINE_LINES);
  const stated = annotationsOf(doc, 'timex')
    .filter((t) => !t.inferred && t.start < top && DAY.test(t.value))
    .sort((a, b) => a.start - b.start);
  return stated[0]?.value ?? null;
};

/** When the article was written: its published date, else its own reference date, else its dateline's date. */
export const articleDate = (doc: AnnotatedArticle): string | null => {
  const published = doc.article.published ?? (doc.referenceDateInferred ? null : doc.referenceDate);
  return published !== null && DAY.test(published) ? published : datelineDate(doc);
};

/** The article's day as a one-day span, or null when undated. */
export const articleSpan = (doc: AnnotatedArticle): DaySpan | null => {
  const date = articleDate(doc);
  const ms = date === null ? Number.NaN : Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  const day = Math.round(ms / MS_PER_DAY);
  return { first: day, last: day };
};

export const joinSpans = (a: DaySpan | null, b: DaySpan | null): DaySpan | null =>
  a === null ? b : b === null ? a : { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };

/** A similarity multiplier for two groups written over spans `a` and `b`: 1 within the window, then decaying. */
export const timeAffinity = (a: DaySpan | null, b: DaySpan | null, options: TimeOptions): number => {
  if (a === null || b === null) return 1;
  const gap = Math.max(0, a.first - b.last, b.first - a.last) - options.windowDays;
  return gap <= 0 ? 1 : 0.5 ** (gap / options.halfLifeDays);
};
