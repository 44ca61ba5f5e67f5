import type { DocContext } from './context.js';
import { isPossessive, tokenIn } from './context.js';
import { LEX, lookupName } from './gazetteer/index.js';
import { demonymPrefix, joined } from './known.js';
import type { Unit } from './name-words.js';

/** A capitalised plural that names a team, band or gang ("Yankees", "Sox"), not a lone "Games". */
const teamPlural = (u: Unit): boolean =>
  !u.upper && (/\p{Ll}[^su']s$/u.test(u.text) || u.word.endsWith('sox')) && !LEX.nameAdjectives.has(u.word);

/** The word before the run, skipping a capitalised opener that was dropped ("The Angels ..."). */
const article = (ctx: DocContext, first: number, sentence: number): boolean =>
  tokenIn(ctx, first - 1, sentence)?.normal === 'the';

/**
 * "the Red Sox", "the Nationals", "Portland Trailblazers": a plural name after "the" or after a city is a
 * team, band or company; countries and ranges ("the Netherlands", "the Alps") are known places before this.
 */
export const pluralBody = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const a = units[0];
  const last = units[units.length - 1];
  if (!a || !last || !teamPlural(last) || demonymPrefix(units) === units.length) return false;
  if (LEX.eventWords.has(last.word) || lookupName(last.text)?.type === 'place') return false;
  if (article(ctx, a.first, a.sentence)) return true;
  if (units.length < 2) return false;
  for (let k = units.length - 1; k > 0; k--) {
    if (lookupName(joined(units.slice(0, k)))?.type === 'place') return true;
  }
  return false;
};

/** The first word after the name and its possessive ("Angels spokesman", "Sixers' coach"). */
const wordAfter = (ctx: DocContext, last: number, sentence: number): string | undefined => {
  const next = tokenIn(ctx, last + 1, sentence);
  const t = isPossessive(next) ? tokenIn(ctx, last + 2, sentence) : next;
  return t?.type === 'word' ? t.normal : undefined;
};

/** A role that a body has right after the name ("UBS analyst", "Angels spokesman"): an organization. */
export const institutionRole = (ctx: DocContext, last: number, sentence: number): boolean =>
  LEX.institutionRoles.has(wordAfter(ctx, last, sentence) ?? '');

/** "Chicago-based": a place. */
export const basedIn = (ctx: DocContext, last: number, sentence: number): boolean => {
  const dash = tokenIn(ctx, last + 1, sentence);
  const based = tokenIn(ctx, last + 2, sentence);
  return dash?.text === '-' && dash.start === ctx.tokens[last]?.end && based?.normal === 'based';
};

/** "manufacturer Sukhoi", "the newspaper Ethnos": a body's kind right before its name. */
export const bodyBefore = (ctx: DocContext, first: number, sentence: number): boolean => {
  const t = tokenIn(ctx, first - 1, sentence);
  return t !== undefined && t.pos === 'NOUN' && t.text === t.normal && LEX.orgNouns.has(t.normal);
};

/** "AirTanker", "TallGrass": a word joined from two capitalised words is a brand; "DeGeneres", "McDonald" are not. */
export const camelBrand = (units: readonly Unit[]): boolean =>
  units.length === 1 &&
  /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(units[0]?.text ?? '') &&
  !/^Ma?c/.test(units[0]?.text ?? '');
