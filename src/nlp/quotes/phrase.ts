import { union, words } from '../../lexicon/index.js';
import { ORG_SUFFIXES, ROLE_HEADS, SUBJECT_PRONOUNS, TIME_WORDS } from './lexicon.js';
import type { NameParts } from './names.js';
import { isCapitalised, type TokenView } from './tokens.js';

/** A speaker as written: a name, a pronoun or a role phrase, as a token range. */
export interface SpeakerPhrase {
  readonly kind: 'name' | 'pronoun' | 'role';
  readonly start: number;
  readonly end: number;
  /** Token range of role words written with the name ("Defense Secretary", "a spokesman for ..."), if any. */
  readonly role: readonly [number, number] | null;
}

export const STOP_POS = new Set(['VERB', 'AUX', 'SCONJ', 'PART', 'INTJ']);
export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X']);
export const BOUNDARY = union(['.', ';', ':', '(', ')', '?', '!'], words('punctuation/dashes'));
export const CLAUSE_WORDS = words('function-words/clause-openers');
const NOT_MODIFIERS = new Set(['last', 'this', 'next', 'late', 'early']);
export const MAX_PHRASE = 12;
export const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'report', 'email', 'message', 'post', 'memo']);

export const possessive = (text: string | undefined): boolean => text !== undefined && /^['’]s$/.test(text);

/** A verb-tagged word used as a modifier inside a noun phrase ("the convicted killer", "harbour master X"). */
export const adjectival = (view: TokenView, i: number): boolean => {
  const t = view.tokens[i];
  const next = view.tokens[i + 1];
  const prev = view.tokens[i - 1];
  const modifies = next !== undefined && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos) && !isCapitalised(t);
  const inPhrase =
    t !== undefined && (/ed$/.test(t.normal) || prev?.pos === 'DET' || prev?.pos === 'ADJ' || prev?.pos === 'PART');
  return modifies && inPhrase;
};

export const isRoleHead = (view: TokenView, i: number): boolean => {
  const t = view.tokens[i];
  // "the 56-year-old"
  if (t?.normal === 'old' && view.tokens[i - 1]?.text === '-' && /^years?$/.test(view.tokens[i - 2]?.normal ?? ''))
    return true;
  if (t && (t.normal === 'one' || t.normal === 'another'))
    return !/^[\p{L}\p{N}]/u.test(view.tokens[i + 1]?.text ?? '');
  return t !== undefined && ROLE_HEADS.has(t.normal) && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
};

/** A lower-case noun or adjective right after a name makes the name a modifier ("ANA senior vice president"). */
export const modifierAfter = (view: TokenView, e: number): boolean => {
  const next = view.tokens[e];
  if (!next) return false;
  if (possessive(next.text)) return true;
  const lower = !isCapitalised(next) && (next.pos === 'NOUN' || next.pos === 'ADJ');
  return lower && !TIME_WORDS.has(next.normal) && !NOT_MODIFIERS.has(next.normal);
};

export const pronounAt = (view: TokenView, i: number): SpeakerPhrase | null => {
  const t = view.tokens[i];
  // "He Jianxiong, the former director": a family name, not the pronoun
  const next = view.tokens[i + 1];
  if (next?.pos === 'PROPN' && isCapitalised(next) && isCapitalised(t)) return null;
  return t && t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.normal)
    ? { kind: 'pronoun', start: i, end: i + 1, role: null }
    : null;
};

export const named = (parts: NameParts, role: readonly [number, number] | null): SpeakerPhrase => ({
  kind: 'name',
  start: parts.name[0],
  end: parts.name[1],
  role: parts.role[1] > parts.role[0] ? parts.role : role,
});

/** A name inside "of ..." is an affiliation, unless the run carries a title ("of State Antony Blinken") or follows a firm. */
export const freeInPhrase = (view: TokenView, parts: NameParts, start: number): boolean =>
  parts.role[1] > parts.role[0] ||
  (parts.name[0] > start && ORG_SUFFIXES.has(view.tokens[parts.name[0] - 1]?.normal ?? ''));
