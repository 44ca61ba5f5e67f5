import { UnionFind } from '../entities/union-find.js';
import { alignWords } from './align.js';
import type { QuoteRef, Unit } from './quote-units.js';
import { contentWords } from './words.js';

/** Consecutive units [from, to) of one quote (unit indexes in the story-wide list). */
export interface Segment {
  readonly quote: number;
  readonly from: number;
  to: number;
}

/** Shorter quotes must match word for word: a few common words ("in the coming days") recur by chance. */
const MIN_WORDS = 5;
/** Share of the shorter wording that must be found, in order, in the longer one. */
export const MIN_COVERAGE = 0.6;
/** Characters the checker reads from the start of a quote: a merged text must keep them inside its first sentence. */
export const GROUNDING_CHARS = 20;

/** The same utterance: the shorter unit is (mostly) contained in the longer one, word for word in order. */
const sameUtterance = (x: Unit, y: Unit): boolean => {
  const [s, l] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (s.words.length < MIN_WORDS)
    return s.words.length === l.words.length && s.words.every((w, k) => w.norm === l.words[k]?.norm);
  return alignWords(s.words, l.words).coverage >= MIN_COVERAGE;
};

/** Links units of different articles that carry the same words; candidates come from an index of content words. */
const linkUnits = (units: readonly Unit[]): ((i: number) => number) => {
  const sets = new UnionFind(units.length);
  const index = new Map<string, number[]>();
  const words = units.map((u) => contentWords(u.words));
  words.forEach((ws, i) => {
    for (const w of ws) index.set(w, [...(index.get(w) ?? []), i]);
  });
  units.forEach((u, i) => {
    const shared = new Map<number, number>();
    for (const w of words[i] ?? []) {
      for (const j of index.get(w) ?? []) if (j > i && units[j]?.doc !== u.doc) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const v = units[j];
      const fewer = Math.min(words[i]?.size ?? 0, words[j]?.size ?? 0);
      // most of the shorter quote's content words must recur before the alignment is worth computing
      const need = Math.max(Math.min(2, fewer), Math.ceil(fewer / 2));
      if (v && n >= need && sets.find(i) !== sets.find(j) && sameUtterance(u, v)) sets.union(i, j);
    }
  });
  return (i) => sets.find(i);
};

/** Two groups that carry the next units of exactly the same quotes continue one another. */
const parallel = (a: readonly Segment[], b: readonly Segment[]): boolean =>
  a.length === b.length &&
  new Set(a.map((s) => s.quote)).size === a.length &&
  a.every((s) => b.filter((t) => t.quote === s.quote && t.from === s.to).length === 1);

/** Groups of segments that carry the same utterance, one or more sentences long, across the story's articles. */
export const groupUnits = (units: readonly Unit[], quotes: readonly QuoteRef[]): Segment[][] => {
  const find = linkUnits(units);
  const owner = units.map((_, i) => find(i));
  const groups = new Map<number, Segment[]>();
  units.forEach((u, i) => {
    const key = owner[i] ?? i;
    groups.set(key, [...(groups.get(key) ?? []), { quote: u.quote, from: i, to: i + 1 }]);
  });
  for (const q of quotes) {
    for (let k = 0; k + 1 < q.units.length; k++) {
      const [g1, g2] = [owner[q.units[k] ?? 0] ?? 0, owner[q.units[k + 1] ?? 0] ?? 0];
      const [a, b] = [groups.get(g1), groups.get(g2)];
      if (g1 === g2 || !a || !b || !parallel(a, b)) continue;
      if (a.some((s) => (units[s.from]?.end ?? 0) - (units[s.from]?.start ?? 0) < GROUNDING_CHARS)) continue;
      for (const s of a) s.to = b.find((t) => t.quote === s.quote)?.to ?? s.to;
      for (const s of b) for (let i = s.from; i < s.to; i++) owner[i] = g1;
      groups.delete(g2);
    }
  }
  return [...groups.values()];
};
