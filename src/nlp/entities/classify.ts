import type { EntityType } from '../../doc/index.js';
import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { byContext } from './context-type.js';
import { designation, hasDigits, numberedStreet } from './digits.js';
import { type GazetteerEntry, LEX, lookupAbbreviation, lookupName } from './gazetteer/index.js';
import { demonymPrefix, joined, knownCandidate, knownSegments } from './known.js';
import type { Unit } from './name-words.js';
import { INITIAL } from './person-shape.js';
import type { Run } from './runs.js';
import { bodyAfterTitle, isCoreTitle, isHonorific, isTitleWord, modifiersBefore, splitTitle } from './title.js';

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART', 'INTJ', 'NUM', 'VERB']);
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
  // "Santa Monica Chief Deputy City Attorney Terry White" is a title and a name, not a place.
  if (units.length > 1 && LEX.placePrefixes.has(first.word) && !units.some(isCoreTitle)) return 'place';
  return undefined;
};

/** A person named after a title: the name, its role, and the places or bodies named inside the title. */
const titled = (ctx: DocContext, units: readonly Unit[], initial: boolean): Candidate[] | undefined => {
  const split = splitTitle(ctx, units);
  const body = split ? undefined : bodyAfterTitle(units);
  const org =
    body && spanOf(body, { type: 'organization', role: null, metonym: false, strong: true, initial, kind: null });
  if (org) return [org];
  const roleStart = split?.role[0];
  const roleEnd = split?.role[split.role.length - 1];
  if (!split || !roleStart || !roleEnd) return undefined;
  const from = modifiersBefore(ctx, roleStart.first, roleStart.sentence) ?? roleStart.start;
  const role = isHonorific(split.role) ? null : ctx.text.slice(from, roleEnd.end);
  const person = spanOf(split.name, { type: 'person', role, metonym: false, strong: true, initial: false, kind: null });
  const inside = knownSegments(ctx, split.role, initial).candidates;
  return person ? [...inside, person] : inside;
};

/** A lone sentence opener the article also writes in lower case, or a plural like "Authorities". */
const commonOpener = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const [u] = units;
  if (!u || units.length > 1) return false;
  const singular = u.word.endsWith('s') ? u.word.slice(0, -1) : u.word;
  return ctx.lowerWords.has(u.word) || ctx.lowerWords.has(singular) || LEX.commonPlurals.has(u.word);
};

/** Drops a capitalised function word that only opens the sentence ("The", "In", "But"). */
const dropOpener = (run: Run): { units: readonly Unit[]; initial: boolean } => {
  const [first, second] = run.units;
  if (!first) return run;
  const furniture = LEX.boilerplate.has(first.word);
  // "Actual Airbus employee reduction": an adjective opening the sentence before a known name.
  const adjective = run.initial && first.pos === 'ADJ' && lookupName(joined(run.units.slice(1))) !== undefined;
  if (!furniture && !adjective && !(run.initial && FUNCTION_POS.has(first.pos))) return run;
  const rest = run.units.slice(second && !second.cap ? 2 : 1);
  return { units: rest, initial: false };
};

/**
 * A model number makes a product ("Airbus A380", "787 Dreamliner"); a known body followed by capitalised plurals
 * is a division of it ("Boeing Commercial Airplanes").
 */
const productOrDivision = (ctx: DocContext, units: readonly Unit[], numbered: boolean): EntityType | undefined => {
  const [head] = units;
  const last = units[units.length - 1];
  if (!head || !last) return undefined;
  if (numbered || hasDigits(ctx, units)) return 'other';
  const division = units.length > 1 && lookupName(head.text)?.type === 'organization' && /[^s]s$/.test(last.word);
  return division && demonymPrefix(units.slice(1)) === 0 ? 'organization' : undefined;
};

/** "Rancho Mirage, Calif, on Thursday": a state abbreviation after a comma needs no dot. */
const stateAfterComma = (ctx: DocContext, units: readonly Unit[]): GazetteerEntry | undefined => {
  const [u] = units;
  const comma = u && ctx.tokens[u.first - 1]?.text === ',';
  return comma && units.length === 1 ? lookupAbbreviation(u.text) : undefined;
};

/** Types the run's units, which `classifyRun` then widens to a leading number. */
const classifyUnits = (ctx: DocContext, opened: readonly Unit[], initial: boolean, numbered: boolean): Candidate[] => {
  const entry = lookupName(joined(opened)) ?? stateAfterComma(ctx, opened);
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
  const product = productOrDivision(ctx, opened, numbered);
  const typed =
    product && spanOf(opened, { type: product, role: null, metonym: false, strong: true, initial, kind: null });
  if (typed) return [typed];
  const skip = demonymPrefix(opened);
  const units = opened.slice(skip);
  if (units.length === 0 || units.every((u) => isTitleWord(u) || notAName(u))) return [];
  const street = numberedStreet(ctx, units);
  if (street) return [street];
  if (loneAffix(units) || designation(ctx, units)) return [];
  const cue = initial && commonOpener(ctx, units) ? undefined : byContext(ctx, units, initial);
  // Without evidence a demonym stays part of the name ("American Pie").
  const span = cue ? units : opened;
  const c = spanOf(span, {
    type: cue?.type ?? 'other',
    role: cue?.role ?? null,
    metonym: false,
    strong: cue !== undefined && !cue.tentative,
    initial,
    kind: null,
    ...(cue?.tentative ? { tentative: true } : {}),
  });
  return c ? [c] : [];
};

/** Types one run of capitalised words; returns the mentions it holds (none, one, or a title's places too). */
export const classifyRun = (ctx: DocContext, run: Run): Candidate[] => {
  const { units: opened, initial } = dropOpener(run);
  const head = opened[0];
  if (!head) return [];
  const lead = head === run.units[0] ? run.lead : undefined;
  const from = lead === undefined ? undefined : ctx.tokens[lead];
  const last = opened[opened.length - 1] as Unit;
  const known = from && lookupName(ctx.text.slice(from.start, last.end));
  if (from && lead !== undefined && known) {
    const c = spanOf(opened, { type: known.type, role: null, metonym: false, strong: true, initial, kind: known.kind });
    return c ? [{ ...c, start: from.start, first: lead }] : [];
  }
  const typed = classifyUnits(ctx, opened, initial, lead !== undefined);
  return typed.map((c) =>
    from && lead !== undefined && c.first === head.first ? { ...c, start: from.start, first: lead } : c,
  );
};
