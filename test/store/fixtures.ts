import { articleFeatures, type FeaturesJson, featuresToJson } from '../../src/cluster/index.js';
import { type AnnotatedArticle, type Article, storyId } from '../../src/doc/index.js';
import { annotateArticle } from '../../src/nlp/index.js';
import { analyzeStory } from '../../src/pipeline/index.js';
import { toReport } from '../../src/report/index.js';
import type { NewVersion } from '../../src/store/index.js';
import { articleOf } from '../helpers/docs.js';

/** Invented reports from the fictional town of Marrowby; no real outlet or person. */
const article = (id: string, outlet: string, title: string, text: string, published: string): Article =>
  articleOf(id, text, published, { outlet, title, source: `${id}.txt` });

export const ARTICLES: readonly Article[] = [
  article(
    'mb-1',
    'Marrowby Ledger',
    'Flood closes Marrowby footbridge',
    'The river Quell rose two metres overnight and closed the old footbridge in Marrowby, mayor Ilse Vantongeren said on Tuesday. "We will not reopen it until the engineers are satisfied," she said. About 300 homes lost power.',
    '2031-03-04',
  ),
  article(
    'mb-2',
    'Quell Valley Courier',
    'Marrowby bridge shut as river Quell floods',
    'Mayor Ilse Vantongeren closed the Marrowby footbridge on Tuesday after the river Quell rose two metres. "We will not reopen it until the engineers are satisfied," Vantongeren said. Some 400 homes were without power.',
    '2031-03-04',
  ),
  article(
    'mb-3',
    'Tollgate Evening Post',
    'Tollgate choir wins regional cup',
    'The Tollgate community choir won the regional cup on Saturday with a programme of sea shanties, conductor Piet Obermann said.',
    '2031-03-08',
  ),
  article(
    'mb-4',
    'Tollgate Evening Post',
    'Tollgate library extends opening hours',
    'The Tollgate public library will open until nine on weekdays from April, librarian Wendeline Orrick said.',
    '2031-03-09',
  ),
];

const DOCS: readonly AnnotatedArticle[] = ARTICLES.map(annotateArticle);

export const docOf = (id: string): AnnotatedArticle => {
  const doc = DOCS.find((d) => d.article.id === id);
  if (!doc) throw new Error(`no fixture ${id}`);
  return doc;
};

/** The fixture's features as the online index computes and stores them. */
export const featuresOf = (id: string): FeaturesJson => featuresToJson(articleFeatures(docOf(id)));

/** A real analysis of the given fixture articles as one story, ready to store. */
export const versionOf = (id: string, ids: readonly string[]): NewVersion => {
  const docs = ids.map(docOf);
  const articleIds = docs.map((d) => d.article.id);
  const analysis = analyzeStory({ id: storyId(id), articleIds, copies: {} }, docs);
  const contested = analysis.claims.filter((c) => c.status === 'contested').length;
  return { articleIds, headline: analysis.headline, contested, report: toReport(docs, [analysis]) };
};
