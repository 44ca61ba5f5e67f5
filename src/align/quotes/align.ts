import type { Word } from './words.js';

/** One step of an alignment of a shorter word list `a` inside a longer one `b`. */
export interface Step {
  /** same / changed wording / one word written as two ("frontline" ~ "front line") / two as one / only in a / only in b. */
  readonly kind: 'same' | 'changed' | 'split' | 'joined' | 'onlyA' | 'onlyB';
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

export interface Alignment {
  readonly steps: readonly Step[];
  /** Words of `a` found in `b` (same, changed, split or joined), over all of `a`. */
  readonly coverage: number;
  /** Index of the first and one past the last word of `b` the alignment covers. */
  readonly bStart: number;
  readonly bEnd: number;
}

const SAME = 2;
const CHANGED = 1;
const GAP = -1;
const MISMATCH = -1.5;

const editDistanceAtMostOne = (x: string, y: string): boolean => {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
};

/** Same word, or the same word written a little differently (a typo, an inflection, a possessive). */
export const similar = (x: string, y: string): 'same' | 'changed' | null => {
  if (x === y) return 'same';
  if (x.replace(/'s$/, '') === y.replace(/'s$/, '')) return 'changed';
  if (x.length >= 5 && y.length >= 5 && editDistanceAtMostOne(x, y)) return 'changed';
  if (x.length >= 6 && y.length >= 6 && x.slice(0, 5) === y.slice(0, 5)) return 'changed';
  return null;
};

/**
 * Aligns `a` inside `b` (free gaps before and after `b`), allowing a compound written as one word in one text and two
 * in the other. Smith–Waterman-style scores; O(|a|·|b|).
 */
export const alignWords = (a: readonly Word[], b: readonly Word[]): Alignment => {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w);
  for (let i = 1; i <= n; i++) {
    score[i * w] = i * GAP;
    move[i * w] = 4;
  }
  const at = (i: number, j: number): number => score[i * w + j] ?? Number.NEGATIVE_INFINITY;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const x = a[i - 1]?.norm ?? '';
      const y = b[j - 1]?.norm ?? '';
      const sim = similar(x, y);
      const options: [number, number][] = [
        [at(i - 1, j - 1) + (sim === 'same' ? SAME : sim ? CHANGED : MISMATCH), 1],
        [at(i, j - 1) + GAP, 3],
        [at(i - 1, j) + GAP, 4],
      ];
      if (j >= 2 && x === `${b[j - 2]?.norm}${y}`) options.push([at(i - 1, j - 2) + SAME, 5]);
      if (i >= 2 && y === `${a[i - 2]?.norm}${x}`) options.push([at(i - 2, j - 1) + SAME, 6]);
      let best = options[0] as [number, number];
      for (const o of options) if (o[0] > best[0]) best = o;
      score[i * w + j] = best[0];
      move[i * w + j] = best[1];
    }
  }
  let j = 0;
  for (let k = 1; k <= m; k++) if (at(n, k) > at(n, j)) j = k;
  return traceBack(a, b, move, w, n, j);
};

const traceBack = (
  a: readonly Word[],
  b: readonly Word[],
  move: Uint8Array,
  w: number,
  n: number,
  end: number,
): Alignment => {
  const steps: Step[] = [];
  let i = n;
  let j = end;
  let found = 0;
  while (i > 0) {
    const mv = j > 0 ? (move[i * w + j] ?? 4) : 4;
    if (mv === 1) {
      const sim = similar(a[i - 1]?.norm ?? '', b[j - 1]?.norm ?? '');
      if (sim) found++;
      steps.push(sim ? { kind: sim, a: [i - 1, i], b: [j - 1, j] } : { kind: 'changed', a: [i - 1, i], b: [j - 1, j] });
      i--;
      j--;
    } else if (mv === 5 || mv === 6) {
      const da = mv === 6 ? 2 : 1;
      const db = mv === 5 ? 2 : 1;
      found += da;
      steps.push({ kind: mv === 5 ? 'split' : 'joined', a: [i - da, i], b: [j - db, j] });
      i -= da;
      j -= db;
    } else if (mv === 3) {
      steps.push({ kind: 'onlyB', a: [i, i], b: [j - 1, j] });
      j--;
    } else {
      steps.push({ kind: 'onlyA', a: [i - 1, i], b: [j, j] });
      i--;
    }
  }
  steps.reverse();
  return { steps, coverage: n ? found / n : 0, bStart: j, bEnd: end };
};
