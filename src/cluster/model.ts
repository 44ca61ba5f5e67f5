import type { AnnotatedArticle } from '../doc/index.js';
import { articleSpan } from './dates.js';
import { articleTerms } from './features.js';
import type { Member } from './group.js';
import { copyOriginals } from './near-duplicates.js';
import { density, type Neighbor, PostingIndex } from './neighbors.js';
import type { ClusterOptions } from './options.js';
import { scale, Vocabulary, weigh } from './vectors.js';

/** Everything the batch passes read about a fixed set of articles. */
export interface ArticleModel {
  readonly members: readonly Member[];
  readonly nearest: readonly (readonly Neighbor[])[];
  /** Copy index → the index of the article it copies. */
  readonly copies: ReadonlyMap<number, number>;
}

export const buildModel = (docs: readonly AnnotatedArticle[], options: ClusterOptions): ArticleModel => {
  const vocabulary = new Vocabulary();
  const terms = docs.map((doc) => articleTerms(doc, options.features));
  const ids = terms.map((t) => vocabulary.addDocument(t.keys()));
  const vectors = terms.map((t, i) => weigh(ids[i] ?? [], [...t.values()], vocabulary));
  const copies = copyOriginals(docs, options.nearDuplicates);
  const unit = (i: number): number => copies.get(i) ?? i;
  const index = new PostingIndex(options.maxPostings, options.queryTerms);
  vectors.forEach((v, i) => {
    index.add(i, v);
  });
  // An article's own copies say nothing about how crowded its neighbourhood is.
  const nearest = vectors.map((v, i) => index.nearest(v, vectors, options.candidates, (j) => unit(j) === unit(i)));
  const members = vectors.map((vector, i): Member => {
    const d = density(nearest[i] ?? [], options.neighbors, options.densityFloor);
    const doc = docs[i];
    return {
      index: i,
      vector,
      scaled: scale(vector, 1 / Math.sqrt(d)),
      span: doc ? articleSpan(doc) : null,
      density: d,
    };
  });
  return { members, nearest, copies };
};
