import { dot, type SparseVector } from './vectors.js';

export interface Neighbor {
  readonly index: number;
  readonly similarity: number;
}

/** Term → articles holding it, with weights: candidates come from here, never from comparing all pairs. */
export class PostingIndex {
  private readonly docs = new Map<number, number[]>();
  private readonly weights = new Map<number, number[]>();

  constructor(
    private readonly maxPostings: number,
    private readonly queryTerms: number,
  ) {}

  add(index: number, v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] ?? 0;
      const docs = this.docs.get(id);
      const weights = this.weights.get(id);
      if (docs && weights) {
        docs.push(index);
        weights.push(v.weights[i] ?? 0);
      } else {
        this.docs.set(id, [index]);
        this.weights.set(id, [v.weights[i] ?? 0]);
      }
    }
  }

  /**
   * The indexed articles closest to `v`: ranked by the dot product over its heaviest `queryTerms` terms that have
   * at most `maxPostings` postings (so one query costs a bounded amount), then the best `limit` scored exactly.
   * Best first; ties by index.
   */
  nearest(
    v: SparseVector,
    vectors: readonly SparseVector[],
    limit: number,
    skip: (index: number) => boolean,
  ): Neighbor[] {
    const heaviest = Array.from(v.ids.keys()).sort((a, b) => (v.weights[b] ?? 0) - (v.weights[a] ?? 0) || a - b);
    const partial = new Map<number, number>();
    let used = 0;
    for (const k of heaviest) {
      if (used >= this.queryTerms) break;
      const id = v.ids[k] ?? 0;
      const docs = this.docs.get(id);
      const weights = this.weights.get(id);
      if (!docs || !weights || docs.length > this.maxPostings) continue;
      used++;
      const w = v.weights[k] ?? 0;
      for (let p = 0; p < docs.length; p++) {
        const doc = docs[p] ?? 0;
        partial.set(doc, (partial.get(doc) ?? 0) + w * (weights[p] ?? 0));
      }
    }
    const ranked = [...partial].filter(([doc]) => !skip(doc)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const out: Neighbor[] = [];
    for (const [index] of ranked.slice(0, limit)) {
      const other = vectors[index];
      if (other) out.push({ index, similarity: dot(v, other) });
    }
    return out.sort(byNearest);
  }
}

export const byNearest = (a: Neighbor, b: Neighbor): number => b.similarity - a.similarity || a.index - b.index;

/** Local density: the mean similarity to the `k` nearest neighbours (missing ones count as 0), floored. */
export const density = (nearest: readonly Neighbor[], k: number, floor: number): number => {
  let sum = 0;
  for (const n of nearest.slice(0, k)) sum += n.similarity;
  return Math.max(floor, sum / Math.max(1, k));
};
