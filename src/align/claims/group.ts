import type { Pair } from './space.js';
import type { ClaimUnit } from './types.js';

/** Minimum similarity for two units to state the same claim. */
const MATCH = 0.3;
/** A shared figure is evidence of its own: paraphrases that share little else but "8,000" still match. */
const AGREE = 0.22;
/** When only one side gives a figure, the wording must carry more of the match. */
const ONE_SIDED = 0.4;
/** Units whose figures differ are one (contested) claim only when their wording is this close. */
const CONFLICT = 0.45;
/** Two groups merge only when their members are, on average, this alike: one strong link must not chain topics. */
const MEAN_LINK = 0.15;
const THRESHOLD = { neutral: MATCH, 'one-sided': ONE_SIDED } as const;
/** No pair below this similarity can be linked (conflicts compare wording at a higher bar). */
export const WEAKEST_LINK = Math.min(AGREE, MATCH, ONE_SIDED);

/** Without a shared figure, units must share what they say, not only whom they name. */
const PREDICATE = 0.2;

export const sameClaim = (p: Pair): boolean => {
  if (p.relation === 'agree') return p.sim >= AGREE;
  const said = p.predicateSim >= PREDICATE;
  return said && (p.relation === 'conflict' ? p.wordSim >= CONFLICT : p.sim >= THRESHOLD[p.relation]);
};

/** How strongly two units are tied: a shared distinctive figure ties them at least as much as a matching text. */
const strength = (p: Pair): number => (p.relation === 'agree' ? Math.max(p.sim, AGREE) : p.sim);

const byStrength = (x: Pair, y: Pair): number =>
  Number(x.relation === 'conflict') - Number(y.relation === 'conflict') || y.sim - x.sim || x.a - y.a || x.b - y.b;

/**
 * Groups units into claims, strongest links first, agreeing links before conflicting ones. A claim holds one unit
 * per article: an article that states two figures in two sentences states two facts, not rival versions of one.
 * Headlines, and leftover units that repeat a claim their own article already carries, join afterwards.
 */
export const groupUnits = (
  units: readonly ClaimUnit[],
  pairs: readonly Pair[],
  compare: (u: number, v: number) => Pair,
): number[][] => {
  const root = units.map((u) => u.id);
  const docs = units.map((u) => new Set([u.doc]));
  const members = units.map((u) => [u.id]);
  const meanLink = (x: readonly number[], y: readonly number[]): number =>
    x.reduce((sum, u) => y.reduce((s, v) => s + strength(compare(u, v)), sum), 0) / (x.length * y.length);
  const find = (u: number): number => {
    let r = u;
    while (root[r] !== r) r = root[r] ?? r;
    root[u] = r;
    return r;
  };
  const links = pairs.filter(sameClaim).sort(byStrength);
  const headline = (u: number): boolean => units[u]?.headline === true;
  for (const { a, b } of links) {
    const [ra, rb] = [find(a), find(b)];
    const [da, db, ma, mb] = [docs[ra], docs[rb], members[ra], members[rb]];
    if (headline(a) || headline(b) || ra === rb || !da || !db || !ma || !mb) continue;
    if ([...db].some((d) => da.has(d)) || meanLink(ma, mb) < MEAN_LINK) continue;
    root[rb] = ra;
    for (const d of db) da.add(d);
    for (const m of mb) ma.push(m);
  }
  const size = new Map<number, number>();
  for (const u of units) size.set(find(u.id), (size.get(find(u.id)) ?? 0) + 1);
  const joins = new Map<number, number>();
  for (const { a, b, relation, sim } of links) {
    if (relation === 'conflict') continue;
    for (const [u, v] of [
      [a, b],
      [b, a],
    ] as const) {
      const doc = units[u]?.doc;
      const repeats = doc !== undefined && docs[find(v)]?.has(doc) === true;
      // A repeat in the body adds a citation, not an account: it must match in wording, not just share a figure.
      const joinable = headline(u) || (repeats && sim >= MATCH);
      if (joins.has(u) || size.get(find(u)) !== 1 || headline(v) || !joinable) continue;
      joins.set(u, find(v));
    }
  }
  const groups = new Map<number, number[]>();
  for (const u of units) {
    const r = joins.get(u.id) ?? find(u.id);
    const group = groups.get(r);
    if (group) group.push(u.id);
    else groups.set(r, [u.id]);
  }
  return [...groups.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
};
