import { monthNumber } from '../../lexicon/index.js';
import {
  GIVEN_NAMES,
  NAME_PARTICLES,
  NOT_PERSON,
  ORG_SUFFIXES,
  TIME_WORDS,
  TITLE_WORDS,
  WEAK_TITLES,
} from './lexicon.js';
import { isCapitalised, sentenceInitial, type TokenView } from './tokens.js';

const ACRONYM_TITLES = new Set(['ada', 'ceo', 'cfo', 'coo']);

const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV']);

/** Whether token i can belong to a proper name. */
export const nameLike = (view: TokenView, i: number): boolean => {
  const t = view.tokens[i];
  if (!t || !isCapitalised(t) || t.pos === 'PUNCT') return false;
  // "He Jianxiong": a capitalised pronoun form before a proper noun is a family name
  const next = view.tokens[i + 1];
  if (t.pos === 'PRON' && !(next?.pos === 'PROPN' && isCapitalised(next))) return false;
  if (TIME_WORDS.has(t.normal) || monthNumber(t.normal) !== undefined) return false;
  if (!sentenceInitial(view.tokens, i)) return true;
  if (FUNCTION_POS.has(t.pos)) return false;
  return t.pos === 'PROPN' || view.nameWords.has(t.normal) || isCapitalised(view.tokens[i + 1]);
};

const attached = (view: TokenView, i: number): boolean => {
  const prev = view.tokens[i - 1];
  const t = view.tokens[i];
  return prev !== undefined && t !== undefined && prev.end === t.start;
};

/** End (exclusive) of the name run starting at i, or i when token i starts none. */
export const runEnd = (view: TokenView, i: number, limit: number): number => {
  if (!nameLike(view, i)) return i;
  let j = i + 1;
  while (j < limit) {
    const t = view.tokens[j];
    if (!t) break;
    if (nameLike(view, j) && t.sentence === view.tokens[i]?.sentence) j++;
    else if (t.text === '-' && attached(view, j) && attached(view, j + 1) && j + 1 < limit) j += 2;
    else if (/^['’]$/.test(t.text) && /^[OD]$/.test(view.tokens[j - 1]?.text ?? '') && nameLike(view, j + 1)) j += 2;
    else if (NAME_PARTICLES.has(t.text) && nameLike(view, j + 1) && j + 1 < limit) j++;
    else break;
  }
  return j;
};

/** Start of the name run that ends (exclusive) at `end`, scanning back no further than `floor`. */
export const runStart = (view: TokenView, end: number, floor: number): number => {
  let i = end;
  while (i > floor) {
    const t = view.tokens[i - 1];
    if (!t) break;
    if (nameLike(view, i - 1)) i--;
    else if (t.text === '-' && attached(view, i - 1) && attached(view, i) && i - 2 >= floor) i -= 2;
    else if (/^['’]$/.test(t.text) && /^[OD]$/.test(view.tokens[i - 2]?.text ?? '') && i - 2 >= floor) i -= 2;
    else if (
      /^\p{Ll}/u.test(t.text) &&
      view.tokens[i - 2]?.text === '-' &&
      attached(view, i - 2) &&
      attached(view, i - 1) &&
      nameLike(view, i - 3)
    )
      i -= 3;
    else if (NAME_PARTICLES.has(t.text) && i - 2 >= floor && nameLike(view, i - 2)) i--;
    else break;
  }
  return i;
};

export interface NameParts {
  /** Token range of the role words inside the run ("Defense Secretary"), empty when none. */
  readonly role: [number, number];
  /** Token range of the name itself; empty when the run is only a role ("White House Press Secretary"). */
  readonly name: [number, number];
}

/** Splits a capitalised run into its leading title words and the name, and drops an organisation prefix. */
export const splitRun = (view: TokenView, a: number, b: number): NameParts => {
  let cut = a;
  for (let k = a; k < b; k++) {
    const w = view.tokens[k]?.normal ?? '';
    if (ORG_SUFFIXES.has(w) && k + 1 < b) cut = k + 1;
    const rest = view.tokens.slice(k + 1, b);
    const plural = rest[rest.length - 1]?.lemma !== rest[rest.length - 1]?.normal;
    const prefix = NOT_PERSON.has(w) || /^[A-Z]{2,}$/.test(view.tokens[k]?.text ?? '');
    if (prefix && rest.length >= 2 && !plural && !rest.some((t) => NOT_PERSON.has(t.normal))) cut = k + 1;
    // "ADA", "CEO" are titles only in capitals ("Ada Quill" is a name)
    const acronymOnly = ACRONYM_TITLES.has(w) && view.tokens[k]?.text !== w.toUpperCase();
    if (!TITLE_WORDS.has(w) || acronymOnly) continue;
    // "Amy Bishop": a title word ending a run after a given name is a surname
    if (k === b - 1)
      return k > cut && GIVEN_NAMES.has(view.tokens[k - 1]?.normal ?? '')
        ? { role: [a, cut], name: [cut, b] }
        : { role: [a, b], name: [b, b] };
    const orgTail = view.tokens.slice(k + 1, b).every((t) => ORG_SUFFIXES.has(t.normal) || NOT_PERSON.has(t.normal));
    if (!orgTail && (b - (k + 1) >= 2 || !WEAK_TITLES.has(w))) cut = k + 1;
  }
  return { role: [a, cut], name: [cut, b] };
};

/** The text covered by tokens [a, b), as written. */
export const tokensText = (view: TokenView, a: number, b: number): string => {
  const first = view.tokens[a];
  const last = view.tokens[b - 1];
  if (!first || !last || b <= a) return '';
  return view.text.slice(first.start, last.end).replace(/\s+/g, ' ');
};
