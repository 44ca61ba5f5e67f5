import { CUE_FILLERS, ORG_SUFFIXES, TIME_WORDS } from './lexicon.js';
import { nameLike, runEnd, runStart, splitRun, tokensText } from './names.js';
import { orgLike } from './people.js';
import {
  adjectival,
  CLAUSE_WORDS,
  DOCUMENT_NOUNS,
  freeInPhrase,
  isRoleHead,
  MAX_PHRASE,
  NP_POS,
  named,
  possessive,
  pronounAt,
  type SpeakerPhrase,
} from './phrase.js';
import { isCapitalised, type TokenView } from './tokens.js';

const GROUP_OWNERS = new Set(['his', 'her', 'their']);

/** Skips adverbs, auxiliaries and time adjuncts written between a speaker and the cue ("X on Thursday also said"). */
export const skipFillers = (view: TokenView, i: number, floor: number): number => {
  let j = i;
  for (;;) {
    const t = view.tokens[j];
    if (!t || j < floor) return j;
    if (t.text === ')') {
      // "Rep. X (R-Va.) said": the parenthesis sits between the speaker and the cue
      while (j >= floor && view.tokens[j]?.text !== '(') j--;
      j--;
      continue;
    }
    const next = view.tokens[j + 1]?.normal ?? '';
    const timeAdjunct = TIME_WORDS.has(t.normal) || (t.pos === 'NUM' && TIME_WORDS.has(next));
    if (CUE_FILLERS.has(t.normal) || timeAdjunct || (t.pos === 'ADV' && !isCapitalised(t))) j--;
    else if (['on', 'last', 'this', 'at'].includes(t.normal) && TIME_WORDS.has(next)) j--;
    else return j;
  }
};

/** Start of the noun phrase ending at token i, read backwards through names, nouns, "of"/"at" phrases and possessives. */
const phraseStart = (view: TokenView, i: number, floor: number): number => {
  let j = i;
  while (j > floor && i - j < MAX_PHRASE) {
    const t = view.tokens[j - 1];
    if (!t || CLAUSE_WORDS.has(t.normal)) break;
    const joins = t.normal === 'and' || t.normal === '&' || t.text === '-' || possessive(t.text) || t.pos === 'ADP';
    if (NP_POS.has(t.pos) || joins || adjectival(view, j - 1) || nameLike(view, j - 1)) j--;
    else break;
  }
  while (j < i && (view.tokens[j]?.pos === 'ADP' || view.tokens[j]?.normal === 'and')) j++;
  return j;
};

/** "Springfield, Ill.," or "McKinley, R-W.Va.,": an aside of state and party abbreviations, never the speaker. */
const placeTag = (view: TokenView, a: number, b: number): boolean =>
  b > a && view.tokens.slice(a, b).every((t) => /^(-|\.|\p{Lu}|\p{Lu}[\p{L}.]{0,5}\.)$/u.test(t.text));

/** A name run ending at a comma before index `comma`: "X, the minister, said", "the minister, X, said". */
const appositionName = (view: TokenView, comma: number, floor: number, roleOk = false): SpeakerPhrase | null => {
  let inner = comma;
  let role: SpeakerPhrase | null = null;
  for (let p = comma - 1; p >= floor && p >= comma - 40; p--) {
    if (view.tokens[p]?.text !== ',' && p !== floor) continue;
    const from = view.tokens[p]?.text === ',' ? p + 1 : p;
    // the aside itself may be the name, with or without its role ("the candidate, regional bureaucrat X, said")
    const aside = from < inner ? phraseEndingAt(view, inner - 1, from, false) : null;
    // "X, chief executive of the website Full Fact, said": a name after a preposition is the role's affiliation
    const affiliation = aside !== null && view.tokens.slice(from, aside.start).some((t) => t.pos === 'ADP');
    // "Rob Goldman, President Ascom North America, says", "X, Dräger, Inc., says": the firm the speaker works for
    const suffix = aside !== null && view.tokens.slice(aside.start, aside.end).every((t) => ORG_SUFFIXES.has(t.normal));
    const firm =
      aside !== null && (suffix || (aside.role !== null && orgLike(tokensText(view, aside.start, aside.end))));
    const opens = aside !== null && Math.min(aside.start, aside.role?.[0] ?? aside.start) === from;
    if (aside?.kind === 'name' && !affiliation && !firm && opens && !placeTag(view, from, inner)) return aside;
    const before = p > floor ? phraseEndingAt(view, p - 1, floor, false) : null;
    if (before && before.kind !== 'role') return { ...before, role: [p + 1, comma] };
    role ??= before;
    inner = p;
  }
  // "the official, who spoke on condition of anonymity, said": no name, so the role speaks
  return roleOk ? role : null;
};

/** The speaker phrase ending at token i: a pronoun, a name heading its phrase, or a role phrase (with a name in apposition). */
const phraseEndingAt = (view: TokenView, i: number, floor: number, apposition = true): SpeakerPhrase | null => {
  const pronoun = pronounAt(view, i);
  if (pronoun) return pronoun;
  const t = view.tokens[i];
  if (!t || !(nameLike(view, i) || (t.pos === 'NOUN' && !isCapitalised(t)) || isRoleHead(view, i))) return null;
  const j = phraseStart(view, i, floor);
  const s = runStart(view, i + 1, j);
  if (s <= i) {
    const parts = splitRun(view, s, i + 1);
    const between = view.tokens.slice(j, s);
    const lastPrep = between.map((x) => x.pos).lastIndexOf('ADP');
    const prep = between[lastPrep];
    const issuer =
      prep !== undefined &&
      DOCUMENT_NOUNS.has(between[lastPrep - 1]?.normal ?? '') &&
      ['from', 'by', 'of'].includes(prep.normal);
    const affiliated =
      lastPrep >= 0 && !issuer && !between.slice(lastPrep).some((x) => x.pos === 'NOUN' && !isCapitalised(x));
    if (parts.name[1] > parts.name[0] && (!affiliated || freeInPhrase(view, parts, s)))
      return named(parts, j < parts.name[0] ? [j, parts.name[0]] : null);
    // "Jane Q. Public of Springfield said": the name before the preposition, not the place after it
    const owner = affiliated && lastPrep > 0 ? phraseEndingAt(view, j + lastPrep - 1, j, false) : null;
    if (owner?.kind === 'name') return owner;
  }
  if (DOCUMENT_NOUNS.has(t.normal)) {
    // "a Defence Ministry statement said": the statement speaks for whoever issued it
    for (let k = j; k < i; k++) {
      const e = runEnd(view, k, i);
      const parts = e > k ? splitRun(view, k, e) : null;
      if (parts && parts.name[1] > parts.name[0]) return named(parts, null);
    }
  }
  // "Paganini and his team wrote": the named person speaks for the group
  const owner = view.tokens[j - 1]?.normal ?? '';
  if (GROUP_OWNERS.has(owner) && view.tokens[j - 2]?.normal === 'and' && j - 3 >= floor) {
    const leader = phraseEndingAt(view, j - 3, floor, apposition);
    if (leader?.kind === 'name') return leader;
  }
  const comma = view.tokens[j - 1]?.text === ',' ? j - 1 : -1;
  const person = apposition && comma > floor ? appositionName(view, comma, floor) : null;
  return person ? { ...person, role: [j, i + 1] } : { kind: 'role', start: j, end: i + 1, role: null };
};

/** The subject written right before the cue at token c: "X said", "X, the minister, said", "the spokesman said". */
export const backwardSpeaker = (view: TokenView, c: number, floor: number): SpeakerPhrase | null => {
  const i = skipFillers(view, c - 1, floor);
  const t = view.tokens[i];
  if (!t || i < floor) return null;
  return t.text === ',' ? appositionName(view, i, floor, true) : phraseEndingAt(view, i, floor);
};
