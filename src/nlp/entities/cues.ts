import type { EntityType } from '../../doc/index.js';
import type { DocContext } from './context.js';
import { possessiveAfter, tokenIn } from './context.js';
import { LEX } from './gazetteer/index.js';

/** What the words around a name say about it. */
export interface Cue {
  readonly type: EntityType;
  readonly role: string | null;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const CHAIN_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** The type a head noun gives: "commander" a person, "firm" an organization, "region" a place. */
const headType = (noun: string): EntityType | undefined => {
  if (LEX.roleNouns.has(noun)) return 'person';
  if (LEX.orgNouns.has(noun)) return 'organization';
  if (LEX.placeNouns.has(noun)) return 'place';
  if (LEX.workNouns.has(noun)) return 'other';
  return undefined;
};

/** An apposition after the name: ", a former British tank commander", ", a strategic advisory firm". */
export const appositive = (ctx: DocContext, last: number, sentence: number): Cue | undefined => {
  if (tokenIn(ctx, last + 1, sentence)?.text !== ',') return undefined;
  let p = last + 2;
  // An age between commas ("Smith, 45, a teacher").
  if (tokenIn(ctx, p, sentence)?.pos === 'NUM' && tokenIn(ctx, p + 1, sentence)?.text === ',') p += 2;
  if (ARTICLES.has(tokenIn(ctx, p, sentence)?.normal ?? '')) p++;
  const from = p;
  while (p - from < 7) {
    const t = tokenIn(ctx, p, sentence);
    if (t?.type !== 'word' || !(CHAIN_POS.has(t.pos) || LEX.roleModifiers.has(t.normal))) break;
    p++;
  }
  const head = tokenIn(ctx, p - 1, sentence);
  const start = ctx.tokens[from];
  if (p === from || !head || !start) return undefined;
  const type = headType(head.normal);
  if (!type) return undefined;
  return { type, role: type === 'person' ? ctx.text.slice(start.start, head.end) : null };
};

/** A common noun right after the name: "Kursk region", "Wagner group", "Biden administration", "Staunton police". */
export const followingNoun = (ctx: DocContext, last: number, sentence: number): EntityType | undefined => {
  const t = tokenIn(ctx, last + 1, sentence);
  if (t?.type !== 'word' || t.text !== t.normal) return undefined;
  const w = t.normal;
  if (LEX.personFollowers.has(w)) return 'person';
  if (LEX.orgNouns.has(w)) return 'organization';
  if (LEX.placeNouns.has(w)) return 'place';
  // Words that are verbs as often ("Angels fans", but "the pirates police the strait") count only as nouns.
  if (t.pos !== 'NOUN') return undefined;
  if (LEX.orgFollowers.has(w)) return 'organization';
  if (LEX.placeFollowers.has(w)) return 'place';
  return LEX.workNouns.has(w) ? 'other' : undefined;
};

/** A lower-case role right after the name ("Troy resident", "Kremlin spokesman"): the name only qualifies it. */
export const qualifiesRole = (ctx: DocContext, last: number, sentence: number): boolean => {
  const t = tokenIn(ctx, last + 1, sentence);
  return t !== undefined && t.text === t.normal && LEX.roleNouns.has(t.normal);
};

/** A speech verb after the name ("X said", "X has also told") or before it ("said X", "according to X"). */
export const speaks = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  let k = last + 1;
  let passive = false;
  for (let skipped = 0; skipped < 2; skipped++) {
    const t = tokenIn(ctx, k, sentence);
    if (t?.pos !== 'AUX' && t?.pos !== 'ADV') break;
    // "Koohi has been reported": a passive says nothing of who spoke.
    passive ||= t.lemma === 'be';
    k++;
  }
  const after = tokenIn(ctx, k, sentence);
  if (!passive && after?.pos === 'VERB' && LEX.speechLemmas.has(after.lemma)) return true;
  // "said Academy spokeswoman Unger": a name followed by a common noun only qualifies the speaker.
  const next = tokenIn(ctx, last + 1, sentence);
  if (next?.pos === 'NOUN' && next.text === next.normal) return false;
  const before = tokenIn(ctx, first - 1, sentence);
  if (before && LEX.speechBefore.has(before.normal)) return true;
  return before?.normal === 'to' && tokenIn(ctx, first - 2, sentence)?.normal === 'according';
};

/** The token before a name, past lower-case place modifiers ("in downtown Palmer"). */
const beforePlace = (ctx: DocContext, first: number, sentence: number): number => {
  let k = first - 1;
  while (LEX.placeModifiers.has(tokenIn(ctx, k, sentence)?.text ?? '')) k--;
  return k;
};

/**
 * "in X", "near X", "the region of X", "Smith, 23, of X": a location; "from X" only a likely one, since
 * statements and calls come from people and bodies too.
 */
export const locative = (
  ctx: DocContext,
  first: number,
  last: number,
  sentence: number,
): 'strong' | 'weak' | undefined => {
  if (possessiveAfter(ctx, last, sentence)) return undefined;
  const k = beforePlace(ctx, first, sentence);
  const before = tokenIn(ctx, k, sentence);
  if (!before) return undefined;
  if (LEX.locative.has(before.normal)) return 'strong';
  const source = tokenIn(ctx, k - 1, sentence);
  // "a statement from Waitrose", "belts from Lennox Lewis": what people and bodies give.
  if (before.normal === 'from') return first === last && !LEX.sentFrom.has(source?.normal ?? '') ? 'weak' : undefined;
  const noun = tokenIn(ctx, k - 1, sentence);
  const kind = noun?.normal.replace(/s$/, '') ?? '';
  const ofPlace = before.normal === 'of' && noun !== undefined && (LEX.placeNouns.has(kind) || noun.text === ',');
  return ofPlace ? 'strong' : undefined;
};

/** "16-year-old Kimani Gray": an age before a name, unless it qualifies a noun ("a 66-year-old Burnsville woman"). */
export const aged = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  const next = tokenIn(ctx, last + 1, sentence);
  if (next?.pos === 'NOUN' && next.text === next.normal) return false;
  return (
    tokenIn(ctx, first - 1, sentence)?.normal === 'old' &&
    /^years?$/.test(tokenIn(ctx, first - 3, sentence)?.normal ?? '')
  );
};
