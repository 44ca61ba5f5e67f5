import type { FeaturesJson } from '../../cluster/index.js';
import type { AnnotatedArticle, Article, Sentence, Token } from '../../doc/index.js';
import { articleId, storyId } from '../../doc/index.js';
import type { IndexEntry, NewVersion, StoredArticle, StorySummary, StoryVersion } from '../types.js';

export interface ArticleRow {
  seq: number;
  id: string;
  story_id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
  layers: string;
}

export interface IndexRow {
  seq: number;
  id: string;
  story_id: string;
  features: string;
}

export const toIndexEntry = (row: IndexRow): IndexEntry => ({
  seq: row.seq,
  articleId: articleId(row.id),
  storyId: storyId(row.story_id),
  features: JSON.parse(row.features) as FeaturesJson,
});

export interface VersionRow extends SummaryRow {
  report: string;
}

/** What nlp adds to an article, as JSON: everything an AnnotatedArticle holds beyond the article itself. */
interface Layers {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly annotations: AnnotatedArticle['annotations'];
}

export const layersJson = (doc: AnnotatedArticle): string =>
  JSON.stringify({ sentences: doc.sentences, tokens: doc.tokens, annotations: doc.annotations } satisfies Layers);

export const toArticle = (row: ArticleRow): Article => ({
  id: articleId(row.id),
  source: row.source,
  outlet: row.outlet,
  title: row.title,
  published: row.published,
  url: row.url,
  text: row.text,
});

export const toDoc = (row: ArticleRow): AnnotatedArticle => {
  const layers = JSON.parse(row.layers) as Layers;
  const article = toArticle(row);
  return { article, ...layers, referenceDate: article.published, referenceDateInferred: false };
};

export const toStored = (row: ArticleRow): StoredArticle => ({
  seq: row.seq,
  storyId: storyId(row.story_id),
  doc: toDoc(row),
});

export const versionParams = (id: string, v: NewVersion, version: number, at: string): unknown[] => [
  id,
  version,
  at,
  JSON.stringify(v.articleIds),
  v.headline,
  v.contested,
  JSON.stringify([...new Set(v.report.articles.flatMap((a) => a.outlet ?? []))]),
  JSON.stringify(v.report),
];

export interface SummaryRow {
  story_id: string;
  version: number;
  created_at: string;
  article_ids: string;
  headline: string;
  contested: number;
  outlets: string;
}

export const toSummary = (row: SummaryRow): StorySummary => ({
  id: storyId(row.story_id),
  headline: row.headline,
  articleIds: (JSON.parse(row.article_ids) as string[]).map(articleId),
  outlets: JSON.parse(row.outlets) as string[],
  updated: row.created_at,
  version: row.version,
  contested: row.contested,
});

export const toVersion = (row: VersionRow): StoryVersion => ({
  storyId: storyId(row.story_id),
  version: row.version,
  created: row.created_at,
  articleIds: (JSON.parse(row.article_ids) as string[]).map(articleId),
  headline: row.headline,
  contested: row.contested,
  report: JSON.parse(row.report) as StoryVersion['report'],
});
