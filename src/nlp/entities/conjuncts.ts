import type { EntityType } from '../../doc/index.js';
import type { Candidate, DocContext } from './context.js';

const JOINERS = new Set([',', 'and', 'or', '&']);
const AREAS = new Set(['region', 'country']);

/** What stands between two candidates of one sentence: a list joiner ("and", "or"), a comma, or anything else. */
const joint = (ctx: DocContext, a: Candidate, b: Candidate): 'and' | ',' | undefined => {
  if (a.sentence !== b.sentence || b.first <= a.last + 1 || b.first - a.last > 3) return undefined;
  let comma = true;
  for (let k = a.last + 1; k < b.first; k++) {
    const w = ctx.tokens[k]?.normal ?? '';
    if (!JOINERS.has(w)) return undefined;
    if (w !== ',') comma = false;
  }
  return comma ? ',' : 'and';
};

/** "Ford, Chrysler and GM" and "Forks, Washington"; a comma alone may end a clause ("In Paris, Hollande said"). */
const listed = (ctx: DocContext, list: readonly Candidate[], b: Candidate): boolean => {
  const a = list[list.length - 1] as Candidate;
  const j = joint(ctx, a, b);
  if (j === 'and') return true;
  return j === ',' && (list.length > 1 || (b.kind !== null && AREAS.has(b.kind)));
};

/** The one type the settled members of a list share, if they agree. */
const sharedType = (members: readonly Candidate[]): EntityType | undefined => {
  const types = new Set(members.filter((c) => c.strong && c.type !== 'other').map((c) => c.type));
  if (types.size === 1) return [...types][0];
  const likely = new Set(members.filter((c) => c.tentative).map((c) => c.type));
  return types.size === 0 && likely.size === 1 ? [...likely][0] : undefined;
};

/**
 * Names listed together are of one kind: "Bella and Edward", "Tiverton and Cullompton", "the Nationals and
 * Oriels". An untyped member takes, tentatively, the type its typed neighbours agree on.
 */
export const typeConjuncts = (ctx: DocContext, candidates: readonly Candidate[]): Candidate[] => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let i = 0;
  while (i < sorted.length) {
    const list = [sorted[i] as Candidate];
    for (let next = sorted[i + 1]; next && listed(ctx, list, next); next = sorted[i + list.length]) list.push(next);
    const type = list.length > 1 ? sharedType(list) : undefined;
    for (const c of list) {
      const open = !c.strong && (c.type === 'other' || c.tentative === true);
      // Tentative: "Blinken and Austin" must still let the article make a person of Blinken.
      out.push(type && open ? { ...c, type, tentative: true } : c);
    }
    i += list.length;
  }
  return out;
};
