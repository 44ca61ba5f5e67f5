import type { DocContext } from './context.js';
import { tokenIn } from './context.js';
import { demonymCountry, LEX, lookupName } from './gazetteer/index.js';
import { joined } from './known.js';
import type { Unit } from './units.js';

/** A run read as role title + name ("Secretary of State" + "Antony Blinken"). */
export interface TitleSplit {
  readonly role: readonly Unit[];
  readonly name: readonly Unit[];
}

const lastPiece = (word: string): string => word.slice(word.lastIndexOf('-') + 1);

export const isCoreTitle = (u: Unit): boolean =>
  u.cap && (LEX.coreTitles.has(u.word) || LEX.coreTitles.has(lastPiece(u.word)));

/** Every hyphen piece of the unit is a demonym ("Ukrainian", "Russian-Ukrainian"). */
export const isDemonym = (u: Unit): boolean => u.text.split(/[-‐‑]/).every((p) => demonymCountry(p) !== undefined);

/** A word that can sit inside a title but never makes a name alone. */
export const isTitleWord = (u: Unit): boolean =>
  isCoreTitle(u) || LEX.departments.has(u.word) || LEX.roleModifiers.has(u.word) || isDemonym(u) || u.word === 'of';

/** Units that can follow a title as a person's name. */
const nameLike = (name: readonly Unit[]): boolean => {
  const first = name[0];
  const last = name[name.length - 1];
  if (!first || !last || !first.cap || name.length > 4) return false;
  if (name.some((u) => isCoreTitle(u) || isDemonym(u))) return false;
  if (LEX.orgSuffixes.has(last.word) || LEX.placeSuffixes.has(last.word)) return false;
  return lookupName(joined(name)) === undefined;
};

/** Where a title ending at `e` really ends: "Secretary" + "of State", "Mayor" + "of London". */
const extendOf = (units: readonly Unit[], e: number): number => {
  if (units[e]?.word !== 'of') return e;
  let k = e + 1;
  while (k < units.length && LEX.departments.has((units[k] as Unit).word)) k++;
  if (k > e + 1) return k;
  for (let m = Math.min(units.length - 1, e + 3); m > e + 1; m--) {
    if (lookupName(joined(units.slice(e + 1, m)))) return m;
  }
  // "Chief of Detectives Charlie Beck": one word of office, then a name of at least two words.
  return units[e + 1]?.cap && units.length - (e + 2) >= 2 ? e + 2 : e;
};

/** Splits off the title that a run opens with; the rightmost title followed by a name wins. */
export const splitTitle = (units: readonly Unit[]): TitleSplit | undefined => {
  for (let c = units.length - 2; c >= 0; c--) {
    const u = units[c];
    if (!u || !isCoreTitle(u)) continue;
    const e = extendOf(units, c + 1);
    const name = units.slice(e);
    if (nameLike(name)) return { role: units.slice(0, e), name };
  }
  return undefined;
};

/** True when a title is only a form of address ("Mr.", "Dr."). */
export const isHonorific = (role: readonly Unit[]): boolean => role.every((u) => LEX.honorifics.has(u.word));

const STOP_POS = new Set([
  'DET',
  'ADP',
  'ADV',
  'PRON',
  'AUX',
  'VERB',
  'NUM',
  'PART',
  'CCONJ',
  'SCONJ',
  'INTJ',
  'PUNCT',
  'SYM',
]);

/** The first token of the qualifiers before token `end` ("former", "North Korean", "tank"), at most `max` back. */
const qualifierStart = (ctx: DocContext, end: number, sentence: number, max: number): number => {
  let k = end;
  for (let n = 0; n < max; n++) {
    const t = tokenIn(ctx, k - 1, sentence);
    if (!t || /^['’]/.test(t.text)) break;
    const modifier = LEX.roleModifiers.has(t.normal);
    if (!modifier && (STOP_POS.has(t.pos) || t.type !== 'word')) break;
    k--;
  }
  return k;
};

/** A lower-case role right before a name ("Russian leader Vladimir Putin"), as [start, end) offsets. */
export const roleBefore = (ctx: DocContext, first: number, sentence: number): [number, number] | undefined => {
  const t = tokenIn(ctx, first - 1, sentence);
  if (t?.type !== 'word' || t.text !== t.text.toLowerCase()) return undefined;
  if (!LEX.roleNouns.has(t.normal) && !LEX.coreTitles.has(t.normal)) return undefined;
  const k = qualifierStart(ctx, first - 1, sentence, 5);
  const start = ctx.tokens[k]?.start ?? t.start;
  return [start, t.end];
};

/** Lower-case qualifiers right before a title run ("former"), so the role keeps them. */
export const modifiersBefore = (ctx: DocContext, first: number, sentence: number): number | undefined => {
  let k = first;
  while (k > 0 && LEX.roleModifiers.has(tokenIn(ctx, k - 1, sentence)?.text ?? '')) k--;
  return k < first ? ctx.tokens[k]?.start : undefined;
};
