import { nameLike, runEnd, splitRun } from './names.js';
import {
  adjectival,
  BOUNDARY,
  CLAUSE_WORDS,
  DOCUMENT_NOUNS,
  freeInPhrase,
  isRoleHead,
  modifierAfter,
  named,
  possessive,
  pronounAt,
  type SpeakerPhrase,
  STOP_POS,
} from './phrase.js';
import { isMark, type TokenView } from './tokens.js';

/** The first speaker phrase in tokens [a, b): a name not inside a prepositional phrase, else a role phrase. */
export const forwardSpeaker = (view: TokenView, a: number, b: number): SpeakerPhrase | null => {
  const { tokens } = view;
  let i = a;
  while (i < b && (isMark(tokens[i]) || tokens[i]?.text === ',' || tokens[i]?.text === '—')) i++;
  const pronoun = pronounAt(view, i);
  if (pronoun) return pronoun;
  const npStart = i;
  let inPP = false;
  let role: [number, number] | null = null;
  // after a comma with no role yet, the phrase is a list ("sales, service, and marketing vice president") only if
  // it goes on to an "and"; otherwise the role starts after the last comma ("the memorandum, officials")
  let listStart = -1;
  let joined = false;
  while (i < b) {
    const t = tokens[i];
    if (!t || BOUNDARY.has(t.text)) break;
    if (t.text === ',') {
      if (role ? !nameLike(view, i + 1) : i - npStart > 12) break;
      if (!role) listStart = i + 1;
      inPP = false;
      i++;
      continue;
    }
    if (t.normal === 'and' || t.normal === 'or') joined = true;
    const e = runEnd(view, i, b);
    if (e > i) {
      const parts = splitRun(view, i, e);
      const hasName = parts.name[1] > parts.name[0];
      if (hasName && !modifierAfter(view, e) && (!inPP || freeInPhrase(view, parts, i))) return named(parts, role);
      if (!hasName && !inPP) role = [npStart, e];
      i = e;
      continue;
    }
    if (t.pos === 'ADP')
      inPP = !(DOCUMENT_NOUNS.has(tokens[i - 1]?.normal ?? '') && (t.normal === 'by' || t.normal === 'from'));
    else if (CLAUSE_WORDS.has(t.normal) || (STOP_POS.has(t.pos) && !adjectival(view, i) && !possessive(t.text))) break;
    else if (!inPP && isRoleHead(view, i)) role = [listStart >= 0 && !joined ? listStart : npStart, i + 1];
    i++;
  }
  return role ? { kind: 'role', start: role[0], end: role[1], role: null } : null;
};
