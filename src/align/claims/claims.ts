import type { ArticleId, Citation, Claim, ClaimNote, ClaimStatus, Story } from '../../doc/index.js';
import { disagreements, type Members } from './disagreement.js';
import { primarySourceNote } from './primary.js';
import { copiesNote, originalOf } from './sources.js';

export interface ClaimContext extends Members {
  readonly ids: readonly ArticleId[];
  readonly copies: Story['copies'];
}

interface Drafted {
  readonly claim: Claim;
  /** Article position and sentence of the earliest citation. */
  readonly first: readonly [number, number];
}

const citationsOf = (group: readonly number[], c: ClaimContext): [number, number][] => {
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const u of group) {
    const unit = c.units[u];
    if (!unit) continue;
    const sentences = [unit.sentence, ...(c.facts[u]?.rivals.map((f) => f.sentence) ?? [])];
    for (const s of sentences) {
      const key = `${unit.doc}:${s}`;
      if (!seen.has(key)) out.push([unit.doc, s]);
      seen.add(key);
    }
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
};

/** The unit closest to all others stands for the claim; headlines and copies only when nothing else does. */
const representative = (group: readonly number[], c: ClaimContext): number => {
  const score = (u: number): number => {
    const unit = c.units[u];
    const id = unit ? c.ids[unit.doc] : undefined;
    const penalty = (unit?.headline ? 1 : 0) + (id && c.copies[id] !== undefined ? 0.5 : 0);
    return group.reduce((s, v) => (v === u ? s : s + c.space.pair(u, v).sim), 0) - penalty;
  };
  const scored = group.map((u) => [u, score(u)] as const);
  return scored.reduce((best, x) => (x[1] > best[1] ? x : best), scored[0] ?? [0, 0])[0];
};

const draft = (group: readonly number[], c: ClaimContext): Drafted => {
  const cited = citationsOf(group, c);
  const ids = [...new Set(cited.map(([d]) => c.ids[d]).filter((id): id is ArticleId => id !== undefined))];
  const sources = new Set(ids.map((id) => originalOf(id, c.copies))).size;
  const reasons = disagreements(group, c);
  const status: ClaimStatus = reasons.length > 0 ? 'contested' : sources >= 2 ? 'consensus' : 'single-source';
  const accounts = group.map((u) => {
    const id = c.ids[c.units[u]?.doc ?? -1];
    return { attribution: c.facts[u]?.attribution ?? null, original: id ? originalOf(id, c.copies) : '' };
  });
  const origin = status === 'contested' ? null : primarySourceNote(accounts, sources);
  const notes = [copiesNote(ids, c.copies), origin, ...reasons].filter((n): n is ClaimNote => n !== null);
  const citations: Citation[] = cited.flatMap(([d, sentence]) => {
    const articleId = c.ids[d];
    return articleId ? [{ articleId, sentence }] : [];
  });
  const text = c.units[representative(group, c)]?.text ?? '';
  return { claim: { text, status, citations, sources, notes }, first: cited[0] ?? [0, 0] };
};

const RANK: Record<ClaimStatus, number> = { consensus: 0, contested: 1, 'single-source': 2 };

/** Claims from groups of units: consensus by source count, then contested, then single-source, each in text order. */
export const buildClaims = (groups: readonly number[][], c: ClaimContext): Claim[] =>
  groups
    .map((g) => draft(g, c))
    .sort(
      (x, y) =>
        RANK[x.claim.status] - RANK[y.claim.status] ||
        (x.claim.status === 'consensus' ? y.claim.sources - x.claim.sources : 0) ||
        x.first[0] - y.first[0] ||
        x.first[1] - y.first[1],
    )
    .map((d) => d.claim);
