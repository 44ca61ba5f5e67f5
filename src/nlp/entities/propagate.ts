import type { Candidate, DocContext } from './context.js';
import { type Knowledge, learn, nameKey } from './knowledge.js';
import { personKeys } from './person-keys.js';
import { readShouted } from './shouted.js';

const PERSON_LIKE_KINDS = new Set(['country', 'city', 'seat', 'region']);

/** "the Obamas": a plural of a person of the article is that family. */
const family = (key: string, known: Knowledge): boolean =>
  !key.includes(' ') && key.endsWith('s') && known.persons.has(key.slice(0, -1));

/** Settles weak candidates by what the article says elsewhere; unproven sentence openers are dropped. */
const settle = (ctx: DocContext, c: Candidate, known: Knowledge): Candidate | undefined => {
  const key = nameKey(ctx, c);
  const isPerson = known.persons.has(key);
  // A place or body named like a person of the article ("Austin" after "Lloyd Austin", "the Nichols verdict").
  const renamable = c.kind === null ? c.type !== 'person' && c.type !== 'other' : PERSON_LIKE_KINDS.has(c.kind);
  if (c.strong && isPerson && renamable && !key.includes(' ')) {
    return { ...c, type: 'person', metonym: false, kind: null };
  }
  if (c.strong && c.type === 'organization' && family(key, known)) return { ...c, type: 'person' };
  if (c.strong) return c;
  if (isPerson) return { ...c, type: 'person', strong: true };
  const type = known.typed.get(key);
  if (type) return { ...c, type, strong: true };
  // A sentence opener needs its weak cue confirmed elsewhere, unless it speaks ("Brenlow said").
  if (c.tentative && (!c.initial || c.type === 'person')) return c;
  const likely = known.likely.get(key);
  if (likely) return { ...c, type: likely };
  return c.initial ? undefined : c;
};

/** Applies document-level knowledge to the candidates and reads the shouted sentences. */
export const propagate = (
  ctx: DocContext,
  candidates: readonly Candidate[],
  shouted: ReadonlySet<number>,
  consumed: ReadonlySet<number>,
): Candidate[] => {
  const known = learn(ctx, candidates);
  const loud = readShouted(
    ctx,
    ctx.units.filter((u) => shouted.has(u.sentence) && !consumed.has(u.index)),
    known,
  );
  // A full name only a headline gives ("Lindsay Lohan Checks Into Rehab") still makes "Lohan" a person below.
  for (const c of loud) if (c.type === 'person') for (const k of personKeys(nameKey(ctx, c))) known.persons.add(k);
  const settled = candidates.map((c) => settle(ctx, c, known)).filter((c): c is Candidate => c !== undefined);
  return [...settled, ...loud];
};
