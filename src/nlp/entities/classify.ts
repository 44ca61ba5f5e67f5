import type { EntityType } from '../../doc/index.js';
import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { aged, appositive, followingNoun, locative, qualifiesRole, speaks } from './cues.js';
import { isFirstName, isSurnameFirst, LEX, lookupName } from './gazetteer/index.js';
import { demonymPrefix, joined, knownCandidate, knownSegments } from './known.js';
import type { Run } from './runs.js';
import { isCoreTitle, isHonorific, isTitleWord, modifiersBefore, roleBefore, splitTitle } from './title.js';
import type { Unit } from './units.js';

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART', 'INTJ', 'NUM', 'VERB']);
const INITIAL = /^\p{Lu}\.(\p{Lu}\.)*$/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** A word that is never a name on its own ("UAVs", "TV", "Western"). */
const notAName = (u: Unit): boolean =>
  LEX.commonAcronyms.has(u.word) ||
  PLURAL_ACRONYM.test(u.text) ||
  LEX.nameAdjectives.has(u.word) ||
  INITIAL.test(u.text);

/** A lone "Department" or "Street": a reference to a name given elsewhere, not a name. */
const loneAffix = (units: readonly Unit[]): boolean =>
  units.length === 1 &&
  units[0] !== undefined &&
  (LEX.orgSuffixes.has(units[0].word) || LEX.placeSuffixes.has(units[0].word));

/** A person's name by its shape: a given name, an initial, or a family-name-first name ("Xi Jinping"). */
const personShaped = (units: readonly Unit[]): boolean => {
  const [a, b] = units;
  if (!a || !b || units.length > 5) return false;
  return isFirstName(a.text) || INITIAL.test(a.text) || INITIAL.test(b.text) || isSurnameFirst(a.text);
};

/** A short capitals-only word the tagger reads as a name ("KBS"), not a shouted word ("MUST SEE"). */
const isAcronym = (units: readonly Unit[]): boolean => {
  const [u] = units;
  const nominal = u?.pos === 'PROPN' || u?.pos === 'NOUN';
  return units.length === 1 && u !== undefined && u.upper && nominal && /^[\p{Lu}&]{2,6}$/u.test(u.text);
};

/** Type by the last or first word: "... Ministry", "... River", "Ministry of ...", "Mount ...". */
const byAffix = (units: readonly Unit[]): EntityType | undefined => {
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last) return undefined;
  if (units.length > 1 && LEX.orgSuffixes.has(last.word)) return 'organization';
  if (units.length > 1 && LEX.placeSuffixes.has(last.word)) return 'place';
  const joiner = units[1]?.word;
  if ((joiner === 'of' || joiner === 'for' || joiner === 'on') && LEX.orgOfHeads.has(first.word)) return 'organization';
  if (joiner === 'of' && LEX.placeOfHeads.has(first.word)) return 'place';
  if (units.length > 1 && LEX.placePrefixes.has(first.word)) return 'place';
  return undefined;
};

/** A person named after a title: the name, its role, and the places or bodies named inside the title. */
const titled = (ctx: DocContext, units: readonly Unit[], initial: boolean): Candidate[] | undefined => {
  const split = splitTitle(units);
  const roleStart = split?.role[0];
  const roleEnd = split?.role[split.role.length - 1];
  if (!split || !roleStart || !roleEnd) return undefined;
  const from = modifiersBefore(ctx, roleStart.first, roleStart.sentence) ?? roleStart.start;
  const role = isHonorific(split.role) ? null : ctx.text.slice(from, roleEnd.end);
  const person = spanOf(split.name, { type: 'person', role, metonym: false, strong: true, initial: false, kind: null });
  const inside = knownSegments(ctx, split.role, initial).candidates;
  return person ? [...inside, person] : inside;
};

/** Type from the words around the name, strongest evidence first. */
const byContext = (
  ctx: DocContext,
  units: readonly Unit[],
  initial: boolean,
): { type: EntityType; role: string | null } | undefined => {
  const a = units[0] as Unit;
  const b = units[units.length - 1] as Unit;
  const before = roleBefore(ctx, a.first, a.sentence);
  const apposition = appositive(ctx, b.last, a.sentence);
  const role = before ? ctx.text.slice(before[0], before[1]) : apposition?.type === 'person' ? apposition.role : null;
  const lone = units.length === 1 && isFirstName(a.text) && !ctx.lowerWords.has(a.word);
  if (personShaped(units) || before || lone || aged(ctx, a.first, a.sentence)) return { type: 'person', role };
  if (apposition) return apposition;
  // A capitalised opener followed by a noun is as often an adjective ("Perennial party girl").
  const noun = initial && units.length === 1 ? undefined : followingNoun(ctx, b.last, a.sentence);
  if (noun) return { type: noun, role: null };
  if (isAcronym(units)) return { type: 'organization', role: null };
  if (qualifiesRole(ctx, b.last, a.sentence)) return undefined;
  if (speaks(ctx, a.first, b.last, a.sentence)) return { type: 'person', role: null };
  if (locative(ctx, a.first, b.last, a.sentence)) return { type: 'place', role: null };
  return undefined;
};

/** A lone sentence opener the article also writes in lower case, or a plural like "Authorities". */
const commonOpener = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const [u] = units;
  if (!u || units.length > 1) return false;
  const singular = u.word.endsWith('s') ? u.word.slice(0, -1) : u.word;
  return ctx.lowerWords.has(u.word) || ctx.lowerWords.has(singular) || LEX.commonPlurals.has(u.word);
};

const ORDINAL = /^\d+(st|nd|rd|th)$/;
const DIRECTIONS = new Set(['east', 'west', 'north', 'south', 'e', 'w', 'n', 's']);

/** "223rd Street", "East 52nd St.": an ordinal and its direction join the street word into a place. */
const numberedStreet = (ctx: DocContext, units: readonly Unit[]): Candidate | undefined => {
  const [u] = units;
  const ordinal = u && ctx.tokens[u.first - 1];
  if (!u || units.length > 1 || !ordinal || !ORDINAL.test(ordinal.text) || !LEX.placeSuffixes.has(u.word))
    return undefined;
  const direction = ctx.units[ctx.unitOf[u.first - 2] ?? -1];
  const first = direction && DIRECTIONS.has(direction.word) ? direction.first : u.first - 1;
  const c = spanOf(units, { type: 'place', role: null, metonym: false, strong: true, initial: false, kind: null });
  return c && { ...c, start: ctx.tokens[first]?.start ?? c.start, first };
};

/** Drops a capitalised function word that only opens the sentence ("The", "In", "But"). */
const dropOpener = (run: Run): { units: readonly Unit[]; initial: boolean } => {
  const [first, second] = run.units;
  if (!first) return run;
  const furniture = LEX.boilerplate.has(first.word);
  if (!furniture && !(run.initial && FUNCTION_POS.has(first.pos))) return run;
  const rest = run.units.slice(second && !second.cap ? 2 : 1);
  return { units: rest, initial: false };
};

/** Types one run of capitalised words; returns the mentions it holds (none, one, or a title's places too). */
export const classifyRun = (ctx: DocContext, run: Run): Candidate[] => {
  const { units: opened, initial } = dropOpener(run);
  if (opened.length === 0) return [];
  const entry = lookupName(joined(opened));
  const whole = entry && knownCandidate(ctx, opened, entry, initial);
  if (whole) return [whole];
  const segments = knownSegments(ctx, opened, initial);
  if (segments.complete) return segments.candidates;
  const affix = byAffix(opened);
  const affixed =
    affix && spanOf(opened, { type: affix, role: null, metonym: false, strong: true, initial, kind: null });
  if (affixed) return [affixed];
  const title = titled(ctx, opened, initial);
  if (title) return title;
  // A title with no name after it ("Alaska Gov.", "UN Ambassador"): only the places or bodies it names.
  const last = opened[opened.length - 1];
  if (last && isCoreTitle(last)) return segments.candidates;
  const skip = demonymPrefix(opened);
  const units = opened.slice(skip);
  if (units.length === 0 || units.every((u) => isTitleWord(u) || notAName(u))) return [];
  const street = numberedStreet(ctx, units);
  if (street) return [street];
  if (loneAffix(units)) return [];
  const cue = initial && commonOpener(ctx, units) ? undefined : byContext(ctx, units, initial);
  // Without evidence a demonym stays part of the name ("American Pie").
  const span = cue ? units : opened;
  const c = spanOf(span, {
    ...(cue ?? { type: 'other', role: null }),
    metonym: false,
    strong: !!cue,
    initial,
    kind: null,
  });
  return c ? [c] : [];
};
