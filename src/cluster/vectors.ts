/** Term → integer id, with each term's document frequency for IDF. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly df: number[] = [];
  documents = 0;

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(term, id);
      this.df.push(0);
    }
    return id;
  }

  /** Counts one more document holding `terms`; returns their ids. */
  addDocument(terms: Iterable<string>): number[] {
    this.documents++;
    const out: number[] = [];
    for (const term of terms) {
      const id = this.id(term);
      this.df[id] = (this.df[id] ?? 0) + 1;
      out.push(id);
    }
    return out;
  }

  /** Smoothed IDF, as in scikit-learn: a term in every document still weighs 1. */
  idf(id: number): number {
    return Math.log((1 + this.documents) / (1 + (this.df[id] ?? 0))) + 1;
  }
}

/** A sparse unit vector: term ids ascending, weights matching. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export const weigh = (termIds: readonly number[], tf: readonly number[], vocabulary: Vocabulary): SparseVector => {
  const order = termIds.map((_, i) => i).sort((a, b) => (termIds[a] ?? 0) - (termIds[b] ?? 0));
  const ids = new Int32Array(order.map((i) => termIds[i] ?? 0));
  const weights = new Float64Array(order.map((i) => (tf[i] ?? 0) * vocabulary.idf(termIds[i] ?? 0)));
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { ids, weights };
};

export const scale = (v: SparseVector, factor: number): SparseVector => ({
  ids: v.ids,
  weights: v.weights.map((w) => w * factor),
});

/** A sum of vectors kept as term id → weight: a group's centroid, unnormalised. */
export type SumVector = Map<number, number>;

export const addTo = (sum: SumVector, v: SparseVector, factor = 1): void => {
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i] ?? 0;
    sum.set(id, (sum.get(id) ?? 0) + (v.weights[i] ?? 0) * factor);
  }
};

export const dotSum = (v: SparseVector, sum: ReadonlyMap<number, number>): number => {
  let total = 0;
  for (let i = 0; i < v.ids.length; i++) total += (v.weights[i] ?? 0) * (sum.get(v.ids[i] ?? 0) ?? 0);
  return total;
};

/** Iterates the smaller map, so the cost is that of the smaller group. */
export const dotSums = (a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [id, w] of small) total += w * (large.get(id) ?? 0);
  return total;
};

export const dot = (a: SparseVector, b: SparseVector): number => {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
};
