import type { AnnotatedArticle, ArticleId, Story, StoryId } from '../doc/index.js';
import { articleSpan, type DaySpan, timeAffinity } from './dates.js';
import { articleTerms } from './features.js';
import { Group } from './group.js';
import { storyIdOf } from './hash.js';
import { articleWords, type MinHashSignature, minhashSignature } from './minhash.js';
import { CopyIndex } from './near-duplicates.js';
import { byNearest, density, type Neighbor, PostingIndex } from './neighbors.js';
import { type ClusterOptions, resolveOptions } from './options.js';
import { toStories } from './stories.js';
import { dot, dotSum, type SparseVector, scale, Vocabulary, weigh } from './vectors.js';

/** Stories for a stream: each article joins the best story now open, or opens one. */
export interface StoryIndex {
  /** Files the article and returns its story's id (ids follow membership, so a story's id changes as it grows). */
  add(doc: AnnotatedArticle): StoryId;
  /** As `add`, from features computed earlier (a store keeps them so the index can be rebuilt without the text). */
  addFeatures(id: ArticleId, features: ArticleFeatures): StoryId;
  stories(): Story[];
  /** The story now holding the article (members and copies), without building every story. */
  storyOf(id: ArticleId): Story | undefined;
}

/** What the index reads of an article: its weighted terms, its copy signature and its day. */
export interface ArticleFeatures {
  readonly terms: ReadonlyMap<string, number>;
  readonly signature: MinHashSignature;
  readonly span: DaySpan | null;
}

export const articleFeatures = (doc: AnnotatedArticle, options?: Partial<ClusterOptions>): ArticleFeatures => {
  const settings = resolveOptions(options);
  return {
    terms: articleTerms(doc, settings.features),
    signature: minhashSignature(articleWords(doc), settings.nearDuplicates),
    span: articleSpan(doc),
  };
};

/** IDF settles as articles arrive; vectors and densities are recomputed when the count doubles (linear overall). */
const FIRST_REFRESH = 16;

interface Entry {
  readonly index: number;
  readonly id: ArticleId;
  readonly termIds: number[];
  readonly termWeights: number[];
  readonly span: DaySpan | null;
  vector: SparseVector;
  scaled: SparseVector;
  density: number;
  nearest: Neighbor[];
  group: number;
}

export const createStoryIndex = (options?: Partial<ClusterOptions>): StoryIndex => {
  const settings = resolveOptions(options);
  const { nearDuplicates, neighbors } = settings;
  const entries: Entry[] = [];
  const ids: ArticleId[] = [];
  const positions = new Map<ArticleId, number>();
  const vectors: SparseVector[] = [];
  const copies = new Map<number, number>();
  const groups: Group[] = [];
  const vocabulary = new Vocabulary();
  const copyIndex = new CopyIndex(nearDuplicates);
  let postings = new PostingIndex(settings.maxPostings, settings.queryTerms);
  let refreshAt = FIRST_REFRESH;

  const unit = (i: number): number => copies.get(i) ?? i;
  /** Sets the entry's density from its nearest and its vector scaled by it; returns the change in density. */
  const rescale = (e: Entry): number => {
    const before = e.density;
    e.density = density(e.nearest, neighbors, settings.densityFloor);
    e.scaled = scale(e.vector, 1 / Math.sqrt(e.density));
    return e.density - before;
  };
  const findNearest = (i: number, v: SparseVector): Neighbor[] =>
    postings.nearest(v, vectors, settings.candidates, (j) => j === i || unit(j) === unit(i));

  /** Re-weighs every article with today's IDF, then its nearest neighbours' similarities and its density. */
  const refresh = (): void => {
    postings = new PostingIndex(settings.maxPostings, settings.queryTerms);
    entries.forEach((e, i) => {
      e.vector = weigh(e.termIds, e.termWeights, vocabulary);
      vectors[i] = e.vector;
      postings.add(i, e.vector);
    });
    for (const e of entries) {
      e.nearest = e.nearest
        .map((n) => ({ index: n.index, similarity: dot(e.vector, entries[n.index]?.vector ?? e.vector) }))
        .sort(byNearest);
    }
    groups.forEach((g, k) => {
      const fresh = new Group();
      for (const i of g.members) {
        const e = entries[i];
        if (!e) continue;
        rescale(e);
        fresh.add(e);
      }
      groups[k] = fresh;
    });
  };

  /** The newcomer may be among an earlier article's nearest, which makes that one's neighbourhood denser. */
  const offerNeighbour = (j: number, i: number, similarity: number): void => {
    const e = entries[j];
    if (!e) return;
    const kth = e.nearest[neighbors - 1];
    if (kth && similarity <= kth.similarity) return;
    e.nearest = [...e.nearest, { index: i, similarity }].sort(byNearest).slice(0, neighbors);
    const before = e.scaled;
    const change = rescale(e);
    groups[e.group]?.rescale(before, e.scaled, change);
  };

  /**
   * The story the article links to best, if that link reaches the threshold. The first article of a new event has no
   * close neighbours yet, so its density counts as at least the story's mean: a sparse newcomer is not inflated.
   */
  const chooseGroup = (e: Entry, found: readonly Neighbor[]): number | undefined => {
    let best = settings.threshold;
    let choice: number | undefined;
    for (const k of new Set(found.map((n) => entries[n.index]?.group ?? -1))) {
      const g = groups[k];
      if (!g) continue;
      if (dotSum(e.vector, g.plain) / g.size < settings.minSimilarity) continue;
      const own = Math.max(e.density, g.densities / g.size);
      const link = (dotSum(e.vector, g.sum) / g.size / Math.sqrt(own)) * timeAffinity(e.span, g.span, settings.time);
      if (link > best || (link === best && choice === undefined)) {
        best = link;
        choice = k;
      }
    }
    return choice;
  };

  const addFeatures = (id: ArticleId, { terms, signature, span }: ArticleFeatures): StoryId => {
    const i = entries.length;
    const termIds = vocabulary.addDocument(terms.keys());
    const termWeights = [...terms.values()];
    const vector = weigh(termIds, termWeights, vocabulary);
    const match = copyIndex.find(signature);
    // A copy points at the first article of its copy group, the one it was filed under.
    const original = match === undefined ? undefined : unit(match);
    if (original !== undefined) copies.set(i, original);
    const found = findNearest(i, vector);
    const e: Entry = {
      index: i,
      id,
      termIds,
      termWeights,
      span,
      vector,
      scaled: vector,
      density: 0,
      nearest: found.slice(0, neighbors),
      group: -1,
    };
    rescale(e);
    entries.push(e);
    ids.push(id);
    positions.set(id, i);
    vectors.push(vector);
    for (const n of found) offerNeighbour(n.index, i, n.similarity);
    const chosen = original !== undefined ? entries[original]?.group : chooseGroup(e, found);
    e.group = chosen ?? groups.push(new Group()) - 1;
    const group = groups[e.group] ?? new Group();
    group.add(e);
    postings.add(i, vector);
    copyIndex.add(signature);
    if (entries.length >= refreshAt) {
      refresh();
      refreshAt *= 2;
    }
    return storyIdOf((groups[e.group]?.members ?? []).flatMap((m) => entries[m]?.id ?? []));
  };

  const stories = (): Story[] =>
    toStories(
      ids,
      groups.map((g) => g.members),
      copies,
    );

  const storyOf = (id: ArticleId): Story | undefined => {
    const e = entries[positions.get(id) ?? -1];
    const group = e && groups[e.group];
    return group ? toStories(ids, [group.members], copies)[0] : undefined;
  };

  const add = (doc: AnnotatedArticle): StoryId => addFeatures(doc.article.id, articleFeatures(doc, settings));

  return { add, addFeatures, stories, storyOf };
};
