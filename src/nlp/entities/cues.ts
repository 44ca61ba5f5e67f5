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

/** A common noun right after the name: "Kursk region", "Wagner group", "Biden administration". */
export const followingNoun = (ctx: DocContext, last: number, sentence: number): EntityType | undefined => {
  const t = tokenIn(ctx, last + 1, sentence);
  if (t?.type !== 'word' || t.text !== t.normal) return undefined;
  if (LEX.personFollowers.has(t.normal)) return 'person';
  if (LEX.orgNouns.has(t.normal)) return 'organization';
  if (LEX.placeNouns.has(t.normal)) return 'place';
  return undefined;
};

/** A lower-case role right after the name ("Troy resident", "Kremlin spokesman"): the name only qualifies it. */
export const qualifiesRole = (ctx: DocContext, last: number, sentence: number): boolean => {
  const t = tokenIn(ctx, last + 1, sentence);
  return t !== undefined && t.text === t.normal && LEX.roleNouns.has(t.normal);
};

/** A speech verb after the name ("X said", "X has also told") or before it ("said X", "according to X"). */
export const speaks = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  let k = last + 1;
  for (let skipped = 0; skipped < 2; skipped++) {
    const t = tokenIn(ctx, k, sentence);
    if (t?.pos !== 'AUX' && t?.pos !== 'ADV') break;
    k++;
  }
  const after = tokenIn(ctx, k, sentence);
  if (after?.pos === 'VERB' && LEX.speechLemmas.has(after.lemma)) return true;
  // "said Academy spokeswoman Unger": a name followed by a common noun only qualifies the speaker.
  const next = tokenIn(ctx, last + 1, sentence);
  if (next?.pos === 'NOUN' && next.text === next.normal) return false;
  const before = tokenIn(ctx, first - 1, sentence);
  if (before && LEX.speechBefore.has(before.normal)) return true;
  return before?.normal === 'to' && tokenIn(ctx, first - 2, sentence)?.normal === 'according';
};

/** "in X", "near X", "the region of X", "Smith, 23, of X": a location. */
export const locative = (ctx: DocContext, first: number, last: number, sentence: number): boolean => {
  if (possessiveAfter(ctx, last, sentence)) return false;
  const before = tokenIn(ctx, first - 1, sentence);
  if (!before) return false;
  if (LEX.locative.has(before.normal)) return true;
  const noun = tokenIn(ctx, first - 2, sentence);
  return before.normal === 'of' && noun !== undefined && (LEX.placeNouns.has(noun.normal) || noun.text === ',');
};

/** "16-year-old Kimani Gray": an age right before a name. */
export const aged = (ctx: DocContext, first: number, sentence: number): boolean =>
  tokenIn(ctx, first - 1, sentence)?.normal === 'old' &&
  /^years?$/.test(tokenIn(ctx, first - 3, sentence)?.normal ?? '');
