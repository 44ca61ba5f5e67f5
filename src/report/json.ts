import {
  type AnnotatedArticle,
  type ArticleId,
  articleLabels,
  type Citation,
  type StoryAnalysis,
} from '../doc/index.js';
import type { Report, ReportArticle, ReportCitation, ReportStory } from './contract.js';
import { GENERATOR } from './generator.js';
import { claimNoteText, differenceText } from './notes.js';

const cite = (c: Citation): ReportCitation => ({ articleId: c.articleId, sentence: c.sentence });
const cites = (list: readonly Citation[]): ReportCitation[] => list.map(cite);

const toArticle = (doc: AnnotatedArticle, label: string): ReportArticle => ({
  id: doc.article.id,
  label,
  source: doc.article.source,
  outlet: doc.article.outlet,
  title: doc.article.title,
  published: doc.article.published,
  publishedInferred: doc.article.published === null && doc.referenceDateInferred,
  referenceDate: doc.referenceDate,
  sentences: doc.sentences.map((s) => s.text),
});

const toStory = (s: StoryAnalysis, label: (id: ArticleId) => string): ReportStory => ({
  id: s.id,
  headline: s.headline,
  articleIds: [...s.articleIds],
  entities: s.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    variants: [...e.variants],
    roles: [...e.roles],
    articleIds: [...e.articleIds],
  })),
  quotes: s.quotes.map((q) => ({
    speaker: q.speaker,
    role: q.role,
    text: q.text,
    citations: cites(q.citations),
    variants: q.variants.map((v) => ({ ...v, differences: v.differences.map(differenceText) })),
    speakerConflict: q.speakerConflict,
  })),
  numbers: s.numbers.map((n) => ({ ...n, citations: cites(n.citations) })),
  disagreements: s.disagreements.map((d) => ({
    about: d.about,
    values: d.values.map((v) => ({ ...v, citations: cites(v.citations) })),
  })),
  timeline: s.timeline.map((t) => ({
    date: t.date,
    text: t.text,
    inferred: t.inferred,
    citations: cites(t.citations),
  })),
  claims: s.claims.map((c) => ({
    text: c.text,
    status: c.status,
    sources: c.sources,
    note: claimNoteText(c.notes, label),
    notes: c.notes,
    citations: cites(c.citations),
  })),
  coverage: s.coverage.map((c) => ({ ...c, unique: [...c.unique], omitted: [...c.omitted] })),
});

/** The contract's JSON report (schemaVersion 1) for annotated articles and their analysed stories. */
export const toReport = (docs: readonly AnnotatedArticle[], stories: readonly StoryAnalysis[]): Report => {
  const labels = articleLabels(docs.map((d) => d.article));
  return {
    schemaVersion: 1,
    generator: GENERATOR,
    articles: docs.map((d) => toArticle(d, labels.get(d.article.id) ?? d.article.id)),
    stories: stories.map((s) => toStory(s, (id) => labels.get(id) ?? id)),
  };
};

export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
