import type { DocContext } from './context.js';
import { tokenIn } from './context.js';
import { demonymCountry, LEX, lookupName } from './gazetteer/index.js';
import { joined } from './known.js';
import type { Unit } from './name-words.js';
import { personShaped } from './person-shape.js';

/** A run read as role title + name ("Secretary of State" + "Antony Blinken"). */
export interface TitleSplit {
  readonly role: readonly Unit[];
  readonly name: readonly Unit[];
}

const WORK_TITLE_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ']);

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
  // A capitalised "From" or "The" marks the title of a work ("The Boy From Oz").
  if (name.some((u) => isCoreTitle(u) || isDemonym(u) || WORK_TITLE_POS.has(u.pos))) return false;
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

/** "Commercial Airplanes" after "CEO of Boeing": capitalised plurals with no given name go on naming the body. */
const bodyTail = (ctx: DocContext, role: readonly Unit[], name: readonly Unit[]): boolean => {
  const body = role[role.length - 1];
  const last = name[name.length - 1];
  if (!body || !last || name.length < 2 || lookupName(body.text)?.type !== 'organization') return false;
  return /[^s]s$/.test(last.word) && !personShaped(ctx, name);
};

/**
 * A capitalised role noun opening the run ("Owner Arte Moreno", "Producers Laurence Mark"), before a name whose
 * words the article never writes in lower case ("to Host Next Year's Oscars" has none).
 */
const openingRole = (ctx: DocContext, units: readonly Unit[], c: number): boolean => {
  const head = units[0];
  if (c !== 0 || !head?.cap || units.length < 3) return false;
  const singular = head.word.endsWith('s') ? head.word.slice(0, -1) : head.word;
  const role = LEX.roleNouns.has(head.word) || LEX.roleNouns.has(singular);
  const plain = (u: Unit) => !ctx.lowerWords.has(u.word) && !LEX.placeSuffixes.has(u.word) && !lookupName(u.text);
  return role && units.slice(1).every(plain);
};

/** Splits off the title that a run opens with; the rightmost title followed by a name wins. */
export const splitTitle = (ctx: DocContext, units: readonly Unit[]): TitleSplit | undefined => {
  for (let c = units.length - 2; c >= 0; c--) {
    const u = units[c];
    if (!u || !(isCoreTitle(u) || openingRole(ctx, units, c))) continue;
    let e = extendOf(units, c + 1);
    // "Chief Executive Dermot Mannion": title words after the head title belong to it.
    while (e < units.length - 1 && isTitleWord(units[e] as Unit) && units[e]?.word !== 'of') e++;
    const name = units.slice(e);
    const role = units.slice(0, e);
    if (nameLike(name) && !bodyTail(ctx, role, name)) return { role, name };
  }
  return undefined;
};

/** "CEO of Boeing Commercial Airplanes": a title with no person, then the body it belongs to. */
export const bodyAfterTitle = (units: readonly Unit[]): readonly Unit[] | undefined => {
  const of = units.findIndex((u, i) => u.word === 'of' && i > 0 && isCoreTitle(units[i - 1] as Unit));
  const body = of > 0 ? units.slice(of + 1) : [];
  const head = body[0];
  return head && lookupName(head.text)?.type === 'organization' ? body : undefined;
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
