import type { EntityType } from '../../doc/index.js';
import type { DocContext } from './context.js';
import { tokenIn } from './context.js';
import { aged, appositive, followingNoun, locative, qualifiesRole, speaks } from './cues.js';
import { isFirstName, lookupName } from './gazetteer/index.js';
import type { Unit } from './name-words.js';
import { basedIn, bodyBefore, camelBrand, institutionRole, pluralBody } from './org-cues.js';
import { describedAsPerson, personShaped } from './person-shape.js';
import { pronounAfter } from './speaker.js';
import { roleBefore } from './title.js';

/** A short capitals-only word the tagger reads as a name ("KBS"), not a shouted word ("MUST SEE"). */
const isAcronym = (units: readonly Unit[]): boolean => {
  const [u] = units;
  const nominal = u?.pos === 'PROPN' || u?.pos === 'NOUN';
  return units.length === 1 && u !== undefined && u.upper && nominal && /^[\p{Lu}&]{2,6}$/u.test(u.text);
};

/** What the words around a name say: its type, a role, and whether other evidence in the article may overrule it. */
export interface ContextType {
  readonly type: EntityType;
  readonly role: string | null;
  readonly tentative?: boolean;
}

/** A lone given name that only qualifies a noun ("Oscar night", "Tony telecast") is no person. */
const loneGivenName = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const [a] = units;
  if (!a || units.length > 1 || !isFirstName(a.text) || ctx.lowerWords.has(a.word)) return false;
  const next = tokenIn(ctx, a.last + 1, a.sentence);
  return !(next?.pos === 'NOUN' && next.text === next.normal);
};

/** "Buster Olney of ESPN", "Smith of Reuters": a person named with the body they work for. */
const ofBody = (ctx: DocContext, last: number, sentence: number): boolean => {
  if (tokenIn(ctx, last + 1, sentence)?.normal !== 'of') return false;
  const body = ctx.units[ctx.unitOf[last + 2] ?? -1];
  return body !== undefined && body.sentence === sentence && lookupName(body.text)?.type === 'organization';
};

/** A speaker: "its" or "he" later in the clause decides; otherwise a person unless the article says more. */
const speakerType = (ctx: DocContext, units: readonly Unit[]): ContextType => {
  const b = units[units.length - 1] as Unit;
  const pronoun = pronounAfter(ctx, b.last, b.sentence);
  return pronoun ? { type: pronoun, role: null } : { type: 'person', role: null, tentative: true };
};

/** Type from the words around the name, strongest evidence first. */
export const byContext = (ctx: DocContext, units: readonly Unit[], initial: boolean): ContextType | undefined => {
  const a = units[0] as Unit;
  const b = units[units.length - 1] as Unit;
  const s = a.sentence;
  const before = roleBefore(ctx, a.first, s);
  const apposition = appositive(ctx, b.last, s);
  const role = before ? ctx.text.slice(before[0], before[1]) : apposition?.type === 'person' ? apposition.role : null;
  if (personShaped(ctx, units) || loneGivenName(ctx, units) || before || aged(ctx, a.first, b.last, s)) {
    return { type: 'person', role };
  }
  const body = isAcronym(units) || camelBrand(units) || pluralBody(ctx, units) || bodyBefore(ctx, a.first, s);
  if (body) return { type: 'organization', role: null };
  if (describedAsPerson(ctx, b.last, s) || ofBody(ctx, b.last, s)) return { type: 'person', role: null };
  if (apposition) return apposition;
  // A capitalised opener followed by a noun is as often an adjective ("Perennial party girl").
  const noun = initial && units.length === 1 ? undefined : followingNoun(ctx, b.last, s);
  if (noun) return { type: noun, role: null };
  if (basedIn(ctx, b.last, s)) return { type: 'place', role: null };
  if (institutionRole(ctx, b.last, s)) return { type: 'organization', role: null, tentative: true };
  if (qualifiesRole(ctx, b.last, s)) return undefined;
  if (speaks(ctx, a.first, b.last, s)) return speakerType(ctx, units);
  const where = locative(ctx, a.first, b.last, s);
  if (where) return { type: 'place', role: null, ...(where === 'weak' ? { tentative: true } : {}) };
  return undefined;
};
