import type { Citation, Hedge } from '../../doc/index.js';
import type { Mention } from './mentions.js';

/** Figures about one thing (same key) across the story, with the phrase that names it best. */
export interface NumberGroup {
  readonly key: string;
  readonly what: string;
  readonly mentions: readonly Mention[];
}

const HEDGES: readonly Hedge[] = [
  'exact',
  'about',
  'at least',
  'more than',
  'as many as',
  'up to',
  'at most',
  'fewer than',
];

/** Groups in order of first appearance; mentions arrive in article then text order. */
export const groupMentions = (mentions: readonly Mention[]): NumberGroup[] => {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  return [...byKey].map(([key, ms]) => ({ key, what: mostCommonWhat(ms), mentions: ms }));
};

/** The wording most mentions use; the earliest wins a tie. */
const mostCommonWhat = (ms: readonly Mention[]): string => {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.q.what, (counts.get(m.q.what) ?? 0) + 1);
  let best = ms[0]?.q.what ?? '';
  for (const [what, n] of counts) if (n > (counts.get(best) ?? 0)) best = what;
  return best;
};

/** Identity of a stated figure: value, range, hedge and source. */
export const factId = (m: Mention): string => [m.q.value, m.q.low, m.q.high, m.q.hedge, m.source].join('|');

/** One citation per article sentence, in mention order. */
export const citationsOf = (ms: readonly Mention[]): Citation[] => {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const m of ms) {
    const id = `${m.doc.article.id}#${m.q.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ articleId: m.doc.article.id, sentence: m.q.sentence });
  }
  return out;
};

/** Mentions grouped by fact, sorted by value, hedge, then source (unattributed last). */
export const factsOf = (ms: readonly Mention[]): Mention[][] => {
  const byFact = new Map<string, Mention[]>();
  for (const m of ms) {
    const id = factId(m);
    const list = byFact.get(id);
    if (list) list.push(m);
    else byFact.set(id, [m]);
  }
  return [...byFact.values()].sort((a, b) => compareFacts(a[0], b[0]));
};

const compareFacts = (a: Mention | undefined, b: Mention | undefined): number => {
  if (!a || !b) return 0;
  const byValue = a.q.value - b.q.value || (a.q.high ?? a.q.value) - (b.q.high ?? b.q.value);
  if (byValue) return byValue;
  const byHedge = HEDGES.indexOf(a.q.hedge) - HEDGES.indexOf(b.q.hedge);
  if (byHedge) return byHedge;
  if (a.source === b.source) return 0;
  if (a.source === null) return 1;
  if (b.source === null) return -1;
  return a.source < b.source ? -1 : 1;
};
