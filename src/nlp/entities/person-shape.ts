import type { DocContext } from './context.js';
import { tokenIn } from './context.js';
import { isFirstName, isSurnameFirst, lookupName } from './gazetteer/index.js';
import type { Unit } from './name-words.js';

export const INITIAL = /^\p{Lu}\.(\p{Lu}\.)*$/u;

/**
 * Family-name endings of many languages: Spanish "-ez", Slavic "-ski"/"-ov"/"-enko"/"-vić", Greek "-poulos",
 * Romanian "-escu", Turkish "-oğlu", German "-berg"/"-stein"/"-mann", English and Nordic "-son"/"-sen".
 */
const ENDINGS = `
[^aeio]ez sk[iyí] sky[iy]? ska [oe]va? [oe]vich [ei]nko chuk vić vic ovic wicz poulos akis idis escu o[gğ]lu zadeh
berg stein baum feld mann son sen elli etti ucci yan
`;
const SURNAME_ENDING = new RegExp(`(?:${ENDINGS.trim().split(/\s+/).join('|')})$`, 'u');

/** Two or three words ending in a family-name form ("Whoopi Goldberg"), none of them a common word ("Person"). */
const surnameShaped = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last || units.length < 2 || units.length > 3 || last.upper || !SURNAME_ENDING.test(last.word)) {
    return false;
  }
  return !ctx.lowerWords.has(first.word) && !ctx.lowerWords.has(last.word) && lookupName(last.text) === undefined;
};

/** A person's name by its shape: a given name, an initial, a family-name-first name or a family-name ending. */
export const personShaped = (ctx: DocContext, units: readonly Unit[]): boolean => {
  const [a, b] = units;
  if (!a || !b || units.length > 5) return false;
  const given = isFirstName(a.text) || INITIAL.test(a.text) || INITIAL.test(b.text) || isSurnameFirst(a.text);
  return given || surnameShaped(ctx, units);
};

/** "Barra, 51, will ...", "Smith, who ...": an age in commas or a "who" clause right after the name. */
export const describedAsPerson = (ctx: DocContext, last: number, sentence: number): boolean => {
  if (tokenIn(ctx, last + 1, sentence)?.text !== ',') return false;
  const next = tokenIn(ctx, last + 2, sentence);
  if (next?.normal === 'who' || next?.normal === 'whose') return true;
  return next?.type === 'number' && /^\d{1,3}$/.test(next.text) && tokenIn(ctx, last + 3, sentence)?.text === ',';
};
