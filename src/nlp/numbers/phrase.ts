import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import {
  DETERMINERS,
  glued,
  isNameWord,
  isNominal,
  isNumberWord,
  isParticiple,
  isPossessiveAt,
  isWordish,
} from './words.js';

type Toks = readonly Token[];

export interface Range {
  readonly first: number;
  readonly last: number;
}

export const TIME_HEADS = words('figures/time-heads');

const COORDINATORS = /^(and|or|&)$/;

/** The noun phrase starting at `k` (no determiner): "North Korean troops", "wounded and dead", "Ukraine's border". */
export const nounPhraseAt = (toks: Toks, k: number, max = 6): Range | null => {
  let last = -1;
  for (let j = k; j < toks.length && j - k < max; j++) {
    const t = toks[j];
    const next = toks[j + 1];
    const nameGoesOn = last === j - 1 && isNameWord(t, toks[j - 1]);
    // A name does not follow a common noun inside one phrase ("the troops Kim Jong Un sent").
    const nameAfterNoun = t?.pos === 'PROPN' && toks[j - 1]?.pos === 'NOUN' && last === j - 1;
    // Right after a figure, "rebounds" or "runs" is a plural noun whatever the tagger says.
    const pluralAfterFigure = j === k && toks[j - 1]?.pos === 'NUM' && t?.pos === 'VERB' && /[^s]s$/.test(t.normal);
    if ((isNominal(t) || nameGoesOn || pluralAfterFigure) && !nameAfterNoun) last = j;
    else if ((isParticiple(t) || t?.pos === 'ADV') && isNominal(next) && toks[j - 1]?.pos !== 'NOUN') continue;
    else if (t?.text === '-' && last === j - 1 && glued(toks[j - 1], t) && glued(t, next) && isWordish(next)) {
      if (isNumberWord(next)) break;
      last = ++j;
    } else if (last === j - 1 && isPossessiveAt(toks, j) && (isNominal(next) || isParticiple(next))) continue;
    else if (
      last === j - 1 &&
      t?.normal === 'of' &&
      /^\p{Lu}/u.test(toks[j - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(next?.text ?? '')
    )
      continue;
    else if (last === j - 1 && t && COORDINATORS.test(t.normal) && coordinates(toks, j)) continue;
    else break;
  }
  return last >= k ? { first: k, last: trimAdjectives(toks, k, last) } : null;
};

/** "three years more", "three people dead": a trailing adjective after a noun is not part of the phrase. */
const trimAdjectives = (toks: Toks, first: number, last: number): number => {
  let end = last;
  while (end > first && toks[end]?.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(toks[end - 1]?.pos ?? '')) end--;
  return end;
};

/** "wounded and dead", "troops and officers": a short second conjunct closing the phrase. */
const coordinates = (toks: Toks, j: number): boolean => {
  const before = toks[j - 1];
  const after = toks[j + 1];
  if (!isNominal(after) || isNominal(toks[j + 2])) return false;
  return after?.pos !== 'PROPN' || before?.pos === 'PROPN';
};

/** A noun phrase after an optional determiner, extended by one "of" phrase ("the eastern part of the country"). */
export const objectAt = (toks: Toks, k: number): Range | null => {
  const start = DETERMINERS.has(toks[k]?.normal ?? '') ? k + 1 : k;
  const np = nounPhraseAt(toks, start);
  if (!np || TIME_HEADS.has(toks[np.last]?.lemma ?? '')) return null;
  if (toks[np.last + 1]?.normal !== 'of') return { first: k, last: np.last };
  const inner = DETERMINERS.has(toks[np.last + 2]?.normal ?? '') ? np.last + 3 : np.last + 2;
  const more = nounPhraseAt(toks, inner);
  return { first: k, last: more ? more.last : np.last };
};

/** A list after "of": "artillery, missiles and other conventional arms"; a lone phrase when no list closes. */
export const ofListAt = (toks: Toks, k: number): Range | null => {
  const firstItem = objectAt(toks, k);
  if (!firstItem) return null;
  let p = firstItem.last + 1;
  for (let guard = 0; guard < 8; guard++) {
    const t = toks[p];
    if (t?.text === ',' && COORDINATORS.test(toks[p + 1]?.normal ?? '')) p++;
    const link = toks[p];
    const item = link && (link.text === ',' || COORDINATORS.test(link.normal)) ? objectAt(toks, p + 1) : null;
    if (!item || !link) return firstItem;
    if (COORDINATORS.test(link.normal)) return { first: k, last: item.last };
    p = item.last + 1;
  }
  return firstItem;
};

/** Prepositions inside a source's phrase after a common noun ("officials in Kyiv", "a spokesman for the ministry"). */
const LINKS = new Set(['in', 'at', 'from', 'for']);

const linksLeft = (toks: Toks, j: number): boolean => {
  const t = toks[j];
  const before = toks[j - 1];
  if (!t || !before) return false;
  if (t.normal === 'and') return isNominal(before) || DETERMINERS.has(before.normal);
  if (t.normal === 'of') return isNominal(before);
  const common = before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text);
  return LINKS.has(t.normal) && (common || (j === 1 && isNominal(before)));
};

/**
 * The noun phrase ending at `end`, read leftwards, with its determiner: "Seoul and its allies", "Secretary of State
 * Antony Blinken".
 */
export const nounPhraseBefore = (toks: Toks, end: number, max = 9): Range | null => {
  let first = -1;
  for (let j = end; j >= 0 && end - j < max; j--) {
    const t = toks[j];
    if (!t) break;
    const joined = first === j + 1;
    if (isNominal(t) || (joined && isNameWord(t, toks[j + 1]))) first = j;
    else if (!joined) break;
    else if (isPossessiveAt(toks, j) && isNominal(toks[j - 1])) continue;
    else if (linksLeft(toks, j)) continue;
    else if (t.text === '-' && glued(toks[j - 1], t) && glued(t, toks[j + 1])) continue;
    else if (DETERMINERS.has(t.normal)) {
      first = j;
      if (!linksLeft(toks, j - 1)) break;
    } else break;
  }
  return first >= 0 && first <= end ? { first, last: end } : null;
};
