import { WEAKEST_LINK } from './group.js';
import type { Pair, TermSpace, Vector } from './space.js';
import type { ClaimUnit } from './types.js';

/** The share of a unit's term mass, its commonest terms, left out of the index: too little to make a match. */
const UNINDEXED_SHARE = 0.1;

/** How many of a unit's heaviest terms are indexed: until the rest weighs too little for a match to rest on it. */
const prefixLength = (v: Vector): { length: number; rest: number } => {
  let rest = v.mass;
  let length = 0;
  while (length < v.terms.length && rest > UNINDEXED_SHARE * v.mass) rest -= v.weights[length++] ?? 0;
  return { length, rest };
};

/**
 * Scored pairs of units from different articles (or a headline and its own article) found through an inverted
 * index of each unit's rarest terms (prefix filtering); the weight found there, plus the weight left out of the
 * index, bounds their similarity, so pairs that cannot reach the weakest link are never scored.
 */
export const candidatePairs = (units: readonly ClaimUnit[], space: TermSpace): Pair[] => {
  const postings = new Map<string, number[]>();
  const prefixes = space.vectors.map(prefixLength);
  const pairs: Pair[] = [];
  space.vectors.forEach((vu, u) => {
    const length = prefixes[u]?.length ?? 0;
    // Every term of u meets the indexed terms of the units before it; what they share beyond is in v's rest.
    const shared = new Map<number, number>();
    vu.terms.forEach((t, i) => {
      for (const v of postings.get(t) ?? []) shared.set(v, (shared.get(v) ?? 0) + (vu.weights[i] ?? 0));
    });
    for (const [v, found] of shared) {
      const [x, y, vv] = [units[u], units[v], space.vectors[v]];
      // Within one article only a headline is compared, to find the sentence it restates.
      if (!x || !y || !vv || (x.doc === y.doc && !x.headline && !y.headline)) continue;
      const bound = found + (prefixes[v]?.rest ?? 0);
      const k = space.smoothing;
      if (bound >= WEAKEST_LINK * Math.sqrt((vu.wordMass + k) * (vv.wordMass + k))) pairs.push(space.pair(v, u));
    }
    for (let i = 0; i < length; i++) {
      const t = vu.terms[i] ?? '';
      const list = postings.get(t);
      if (list) list.push(u);
      else postings.set(t, [u]);
    }
  });
  return pairs;
};
