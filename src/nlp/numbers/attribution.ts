import type { Token } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';
import { isCue } from './cues.js';
import { isCalendarWord } from './lexicon.js';
import { nounPhraseBefore, type Range } from './phrase.js';
import { DETERMINERS, isNameWord, isNominal, isPossessiveAt, sliceText } from './words.js';

type Toks = readonly Token[];

/** A source as written, or a pronoun still to be resolved. */
export type Source = { readonly text: string } | { readonly pronoun: string };

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const BOUNDARIES = union([';', 'while', 'whereas', '('], words('punctuation/dashes'));
/** A figure inside "…, who had 3 sons" is not the claim of a cue before the relative pronoun. */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
const QUOTES = new Set(['"', '“', '”', "'", '’', '‘']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'night', 'weekend']);
const TIME_OPENERS = new Set(['on', 'this', 'last', 'next', 'earlier', 'late', 'early']);

/** Who says the figure spanning tokens first..last: "according to X", "X said (that) …", "…, X said", "said X". */
export const attribution = (text: string, toks: Toks, first: number, last: number): Source | null =>
  accordingTo(text, toks, first) ?? cueBefore(text, toks, first) ?? cueAfter(text, toks, last);

/** Named subjects of every cue in a sentence, in order: the candidates "he" or "she" may stand for. */
export const namedSubjects = (text: string, toks: Toks): string[] => {
  const names: string[] = [];
  for (let j = 0; j < toks.length; j++) {
    const found = isCue(toks, j) ? subjectOf(text, toks, j, -1) : null;
    if (found && 'text' in found && /\p{Lu}\p{Ll}+$/u.test(found.text)) names.push(found.text);
  }
  return names;
};

const accordingTo = (text: string, toks: Toks, first: number): Source | null => {
  let best: Range | null = null;
  for (let j = 0; j + 2 < toks.length; j++) {
    if (toks[j]?.normal !== 'according' || toks[j + 1]?.normal !== 'to') continue;
    const np = sourcePhraseAt(toks, j + 2);
    if (np && (!best || Math.abs(j - first) < Math.abs(best.first - first))) best = np;
  }
  return best ? { text: sliceText(text, toks, best.first, best.last) } : null;
};

/** The nearest cue before the figure with a named subject; a pronoun subject sends the search further left. */
const cueBefore = (text: string, toks: Toks, first: number): Source | null => {
  let pronoun: Source | null = null;
  for (let j = first - 1; j >= 0; j--) {
    if (BOUNDARIES.has(toks[j]?.normal ?? '') || RELATIVES.has(toks[j]?.normal ?? '')) break;
    if (!isCue(toks, j)) continue;
    const found = subjectOf(text, toks, j, -1);
    if (found && 'text' in found) return found;
    pronoun ??= found;
  }
  return pronoun;
};

const cueAfter = (text: string, toks: Toks, last: number): Source | null => {
  for (let j = last + 1; j < toks.length; j++) {
    if (BOUNDARIES.has(toks[j]?.normal ?? '')) return null;
    const found = isCue(toks, j) ? subjectOf(text, toks, j, last + 1) : null;
    if (found) return found;
  }
  return null;
};

/** The subject of cue `j`: after it when inverted ("…, said X"), else before it, starting after token `floor`. */
const subjectOf = (text: string, toks: Toks, j: number, floor: number): Source | null => {
  const before = toks[j - 1];
  if (!before || before.text === ',' || QUOTES.has(before.text)) {
    const after = invertedSubject(toks, j);
    if (after) return { text: sliceText(text, toks, after.first, after.last) };
  }
  if (isPassive(toks, j)) return null;
  const end = skipToSubject(toks, j - 1);
  const t = toks[end];
  if (!t || end <= floor) return null;
  if (PRONOUNS.has(t.normal)) return { pronoun: t.normal };
  const np = nounPhraseBefore(toks, end);
  return np && np.first > floor ? { text: sliceText(text, toks, np.first, np.last) } : null;
};

/** "is believed", "was estimated": an impersonal passive names no source. */
const isPassive = (toks: Toks, j: number): boolean => {
  let k = j - 1;
  while (toks[k]?.pos === 'ADV') k--;
  return toks[k]?.lemma === 'be' && /(ed|en|said|told|thought)$/.test(toks[j]?.normal ?? '');
};

/** A source named after "according to" or an inverted cue: "the latest U.S. assessments", "witness Angela Benson". */
const sourcePhraseAt = (toks: Toks, k: number): Range | null => {
  const start = DETERMINERS.has(toks[k]?.normal ?? '') ? k + 1 : k;
  let last = -1;
  for (let j = start; j < toks.length && j - start < 8; j++) {
    const t = toks[j];
    const joins =
      last === j - 1 && (isPossessiveAt(toks, j) || (t?.normal === 'of' && /^\p{Lu}/u.test(toks[j + 1]?.text ?? '')));
    if (isNominal(t) || isNameWord(t, toks[j - 1]) || isNameWord(t, toks[j + 1])) last = j;
    else if (!joins) break;
  }
  return last >= start ? { first: k, last } : null;
};

/** "said Glib Voloskyi, an analyst", "said the Pentagon". */
const invertedSubject = (toks: Toks, j: number): Range | null => {
  const np = sourcePhraseAt(toks, j + 1);
  if (!np) return null;
  const next = toks[np.last + 1];
  return !next || /^[,.;:!?"“”]$/.test(next.text) || next.pos === 'ADP' ? np : null;
};

/** Steps left over auxiliaries, adverbs, time phrases and a parenthetical between commas to the subject's last word. */
const skipToSubject = (toks: Toks, start: number): number => {
  let j = start;
  for (let guard = 0; guard < 8 && j >= 0; guard++) {
    const t = toks[j];
    if (!t) break;
    if (t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && !t.normal.endsWith('s'))) j--;
    else if (isCalendarWord(t.normal) || (TIME_NOUNS.has(t.lemma) && TIME_OPENERS.has(toks[j - 1]?.normal ?? ''))) {
      j--;
      while (TIME_OPENERS.has(toks[j]?.normal ?? '')) j--;
    } else break;
  }
  if (toks[j]?.text !== ',') return j;
  for (let k = j - 1; k >= Math.max(0, j - 25); k--) if (toks[k]?.text === ',') return k - 1;
  return j;
};
