import { rivalFigures, sameFigure } from './figures.js';
import type { UnitFacts } from './types.js';

/** A shared figure says more than a shared word: "8,000" ties two paraphrases together. */
const FIGURE_BOOST = 2;
/** A shared figure this large is evidence on its own that two units report the same thing. */
const DISTINCTIVE = 100;
/** Added to each unit's term mass, in average term weights, so that short units sharing a word or two differ. */
const SMOOTHING = 1;
/** Two units that both name names but none in common are about different actors: their overlap counts less. */
const NAME_MISMATCH = 0.75;

/** How the figures of two units relate: a shared one, rival counts of one thing, figures on one side only, or none. */
export type Relation = 'agree' | 'conflict' | 'one-sided' | 'neutral';

export interface Pair {
  readonly a: number;
  readonly b: number;
  /** Weighted overlap of all terms (cosine of binary IDF vectors, smoothed for short units). */
  readonly sim: number;
  /** The same, figures left out: how alike the wording is when the numbers differ. */
  readonly wordSim: number;
  /** The same, names left out too: whether the units say the same thing, not just name the same people. */
  readonly predicateSim: number;
  readonly relation: Relation;
}

/** A unit's terms with their weights, heaviest first. */
export interface Vector {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly set: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly mass: number;
  readonly wordMass: number;
}

/** The story's units as weighted term vectors, and how alike any two of them are. */
export interface TermSpace {
  readonly vectors: readonly Vector[];
  /** An average term's weight: the smoothing mass, so that it scales with the story's size. */
  readonly smoothing: number;
  pair(a: number, b: number): Pair;
}

export const relationOf = (a: UnitFacts, b: UnitFacts): Relation => {
  if (a.figures.length === 0 && b.figures.length === 0) return 'neutral';
  if (a.figures.length === 0 || b.figures.length === 0) return 'one-sided';
  const shared = a.figures.filter((x) => b.figures.some((y) => sameFigure(x, y)));
  // Ages and small counts ("Reid, 33,") recur in unrelated sentences; only a larger figure is evidence alone.
  if (shared.some((f) => Math.abs(f.value) >= DISTINCTIVE)) return 'agree';
  if (shared.length > 0) return 'neutral';
  return a.figures.some((x) => b.figures.some((y) => rivalFigures(x, y))) ? 'conflict' : 'one-sided';
};

const isFigure = (t: string): boolean => t.startsWith('#');

/** Inverse document frequency of each term over the story's units; figures weigh double. */
const idf = (facts: readonly UnitFacts[]): Map<string, number> => {
  const df = new Map<string, number>();
  for (const f of facts) for (const t of f.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [t, c] of df) weights.set(t, Math.log(1 + facts.length / c) * (isFigure(t) ? FIGURE_BOOST : 1));
  return weights;
};

const vectorOf = (f: UnitFacts, weights: ReadonlyMap<string, number>): Vector => {
  const sorted = f.terms
    .map((t) => [t, weights.get(t) ?? 0] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const terms = sorted.map(([t]) => t);
  const w = sorted.map(([, x]) => x);
  const mass = w.reduce((s, x) => s + x, 0);
  const wordMass = sorted.reduce((s, [t, x]) => (isFigure(t) ? s : s + x), 0);
  return { terms, weights: w, set: new Set(terms), names: new Set(f.names), mass, wordMass };
};

export const termSpace = (facts: readonly UnitFacts[]): TermSpace => {
  const weights = idf(facts);
  const vectors = facts.map((f) => vectorOf(f, weights));
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  const k = SMOOTHING * (weights.size > 0 ? total / weights.size : 1);
  const cosine = (shared: number, x: number, y: number): number =>
    x > 0 && y > 0 ? shared / Math.sqrt((x + k) * (y + k)) : 0;
  const pair = (a: number, b: number): Pair => {
    const [va, vb, fa, fb] = [vectors[a], vectors[b], facts[a], facts[b]];
    if (!va || !vb || !fa || !fb) return { a, b, sim: 0, wordSim: 0, predicateSim: 0, relation: 'neutral' };
    const named = (t: string): boolean => va.names.has(t) || vb.names.has(t);
    let [shared, words, said, namedA, namedB] = [0, 0, 0, 0, 0];
    va.terms.forEach((t, i) => {
      const w = va.weights[i] ?? 0;
      if (!isFigure(t) && named(t)) namedA += w;
      if (!vb.set.has(t)) return;
      shared += w;
      if (isFigure(t)) return;
      words += w;
      if (!named(t)) said += w;
    });
    vb.terms.forEach((t, i) => {
      if (!isFigure(t) && named(t)) namedB += vb.weights[i] ?? 0;
    });
    const namesDiffer = va.names.size > 0 && vb.names.size > 0 && ![...va.names].some((n) => vb.names.has(n));
    const factor = namesDiffer ? NAME_MISMATCH : 1;
    return {
      a,
      b,
      sim: factor * cosine(shared, va.mass, vb.mass),
      wordSim: factor * cosine(words, va.wordMass, vb.wordMass),
      predicateSim: cosine(said, va.wordMass - namedA, vb.wordMass - namedB),
      relation: relationOf(fa, fb),
    };
  };
  return { vectors, smoothing: k, pair };
};
