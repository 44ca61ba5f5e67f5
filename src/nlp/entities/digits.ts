import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { LEX, lookupName } from './gazetteer/index.js';
import { demonymPrefix } from './known.js';
import type { Unit } from './name-words.js';

const YEAR = /^(1[89]|20)\d\d$/;
const MODEL = /^\d{3,4}$/;
const BRIDGE = /^\d{1,4}$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const DIRECTIONS = new Set(['east', 'west', 'north', 'south', 'e', 'w', 'n', 's']);

/** A number between two capitalised words of one name ("Boeing 787 Dreamliners", "Apollo 11 Astronauts"). */
export const bridgingNumber = (ctx: DocContext, last: Unit): boolean => {
  const t = ctx.tokens[last.last + 1];
  return t !== undefined && t.type === 'number' && BRIDGE.test(t.text) && t.start > last.end;
};

/**
 * The token of a number that opens the name of the run, if any: a model number ("787 Dreamliner") or an ordinal
 * before a name of two words or more ("20th Century Fox"), but no year, count of a known group ("300 Marines")
 * or numbered event ("79th Academy Awards").
 */
export const leadingNumber = (ctx: DocContext, units: readonly Unit[]): number | undefined => {
  const a = units[0];
  const last = units[units.length - 1];
  const t = a && ctx.tokens[a.first - 1];
  // Not a statistic before an abbreviation ("676 RBI", "919 OPS").
  if (!a || !last || !t || t.sentence !== a.sentence || a.code || a.upper) return undefined;
  const prev = ctx.tokens[a.first - 2];
  if (prev && (prev.type === 'currency' || /^[$€£¥#]$/.test(prev.text))) return undefined;
  const known = lookupName(a.text) !== undefined || demonymPrefix(units) > 0 || LEX.nameAdjectives.has(a.word);
  if (t.type === 'number' && MODEL.test(t.text) && !YEAR.test(t.text) && !known) return a.first - 1;
  const event = LEX.eventWords.has(last.word) || lookupName(units.map((u) => u.text).join(' '))?.kind === 'event';
  return ORDINAL.test(t.text) && units.length >= 2 && !event ? a.first - 1 : undefined;
};

/** A name with a code or number inside ("Airbus A380", "Boeing 787 Dreamliners"): a product or model. */
export const hasDigits = (ctx: DocContext, units: readonly Unit[]): boolean =>
  units.some((u, i) => u.code || (i > 0 && ctx.tokens[u.first - 1]?.type === 'number'));

/** "223rd Street", "East 52nd St.": an ordinal and its direction join the street word into a place. */
export const numberedStreet = (ctx: DocContext, units: readonly Unit[]): Candidate | undefined => {
  const [u] = units;
  const ordinal = u && ctx.tokens[u.first - 1];
  if (!u || units.length > 1 || !ordinal || !ORDINAL.test(ordinal.text) || !LEX.placeSuffixes.has(u.word))
    return undefined;
  const direction = ctx.units[ctx.unitOf[u.first - 2] ?? -1];
  const first = direction && DIRECTIONS.has(direction.word) ? direction.first : u.first - 1;
  const c = spanOf(units, { type: 'place', role: null, metonym: false, strong: true, initial: false, kind: null });
  return c && { ...c, start: ctx.tokens[first]?.start ?? c.start, first };
};

/** "Chapter 11", "Juror No. 12", "Division 3": a capitalised noun a number completes is a designation, no name. */
export const designation = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const [u] = units;
  const next = u && ctx.tokens[u.last + 1];
  if (!u || units.length > 1 || !next || !LEX.designators.has(u.word)) return false;
  return next.type === 'number' || /^(no|#)\.?$/i.test(next.text);
};
