import type { AnnotatedArticle, ArticleId } from '../doc/index.js';
import { articleDate } from './dates.js';
import { LshIndex } from './lsh.js';
import {
  articleWords,
  DEFAULT_MINHASH,
  estimateJaccard,
  type MinHashOptions,
  type MinHashSignature,
  minhashSignature,
} from './minhash.js';

export interface NearDuplicateOptions extends MinHashOptions {
  /** Estimated Jaccard over word shingles at or above which one text is a copy of the other. */
  readonly threshold: number;
}

export const DEFAULT_NEAR_DUPLICATE: NearDuplicateOptions = { ...DEFAULT_MINHASH, threshold: 0.5 };

/** Members of one group of copies held in the LSH index; later copies still join it through them. */
const MAX_INDEXED_COPIES = 16;

/** The article a group of copies goes back to: the earliest dated, then the fullest, then the smallest id. */
const compareOriginals = (a: AnnotatedArticle | undefined, b: AnnotatedArticle | undefined): number => {
  if (!a || !b) return 0;
  const da = articleDate(a);
  const db = articleDate(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
  const byLength = b.article.text.length - a.article.text.length;
  if (byLength !== 0) return byLength;
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
};

/** Signatures with their near-copies among themselves, found through LSH buckets (never by comparing all pairs). */
const copyGroups = (signatures: readonly MinHashSignature[], options: NearDuplicateOptions): number[][] => {
  const parent = signatures.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  // members of each group in the index, kept at the group's root
  const indexed = signatures.map(() => 0);
  const lsh = new LshIndex<number>(options.bands, options.rows);
  signatures.forEach((signature, i) => {
    if (signature.bottom.length === 0) return;
    for (const j of lsh.candidates(signature)) {
      const [rj, ri] = [root(j), root(i)];
      const other = signatures[j];
      if (rj === ri || !other || estimateJaccard(signature, other) < options.threshold) continue;
      parent[rj] = ri;
      indexed[ri] = (indexed[ri] ?? 0) + (indexed[rj] ?? 0);
    }
    // a flood of copies of one text would make every newcomer meet all of them: a few stand for the group
    const r = root(i);
    if ((indexed[r] ?? 0) >= MAX_INDEXED_COPIES) return;
    indexed[r] = (indexed[r] ?? 0) + 1;
    lsh.add(i, signature);
  });
  const groups = new Map<number, number[]>();
  signatures.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
};

/** For streams: finds the earliest filed article a newcomer copies, through LSH buckets. */
export class CopyIndex {
  private readonly lsh: LshIndex<number>;
  private readonly signatures: MinHashSignature[] = [];

  constructor(private readonly options: NearDuplicateOptions) {
    this.lsh = new LshIndex(options.bands, options.rows);
  }

  find(signature: MinHashSignature): number | undefined {
    if (signature.bottom.length === 0) return undefined;
    return this.lsh.candidates(signature).find((j) => {
      const other = this.signatures[j];
      return other !== undefined && estimateJaccard(signature, other) >= this.options.threshold;
    });
  }

  /** Files the next article; indices are the order of filing. */
  add(signature: MinHashSignature): void {
    this.lsh.add(this.signatures.length, signature);
    this.signatures.push(signature);
  }
}

/** Each copy's index → the index of the article its group goes back to. */
export const copyOriginals = (
  docs: readonly AnnotatedArticle[],
  options: NearDuplicateOptions = DEFAULT_NEAR_DUPLICATE,
): Map<number, number> => {
  const signatures = docs.map((doc) => minhashSignature(articleWords(doc), options));
  const originals = new Map<number, number>();
  for (const group of copyGroups(signatures, options)) {
    const [original, ...rest] = [...group].sort((a, b) => compareOriginals(docs[a], docs[b]));
    if (original !== undefined) for (const copy of rest) originals.set(copy, original);
  }
  return originals;
};

/** Wire copies and other near-duplicates: each copy's id → the id of the article it copies, sorted by copy id. */
export const findNearDuplicates = (
  docs: readonly AnnotatedArticle[],
  options: NearDuplicateOptions = DEFAULT_NEAR_DUPLICATE,
): Map<ArticleId, ArticleId> => {
  const pairs: [ArticleId, ArticleId][] = [];
  for (const [copy, original] of copyOriginals(docs, options)) {
    const a = docs[copy];
    const b = docs[original];
    if (a && b) pairs.push([a.article.id, b.article.id]);
  }
  return new Map(pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
};
