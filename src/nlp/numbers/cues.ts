import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { FIGURE_WORDS } from './words.js';

/** Verbs that attribute what follows or precedes them to their subject. */
const STRONG = words('verbs/source-verbs');
/** Verbs that attribute only when they introduce a clause ("noted that", "warned that"). */
const WEAK = words('verbs/source-verbs-before-a-clause');
/** Unambiguous forms, recognised whatever the tagger says (title-case headlines confuse it). */
export const CUE_WORDS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'according']);

const CLAUSE_OPENERS = new Set(['that', ',', ':', '"', '“']);

/** True when token `j` is a verb of saying or estimating that can carry a source. */
export const isCue = (toks: readonly Token[], j: number): boolean => {
  const t = toks[j];
  if (!t || t.normal === 'according') return false;
  if (CUE_WORDS.has(t.normal)) return true;
  if (t.pos !== 'VERB') return false;
  if (t.lemma === 'put') return [1, 2, 3].some((k) => FIGURE_WORDS.has(toks[j + k]?.lemma ?? ''));
  // "damage estimated at $54 million" measures; it does not attribute.
  if (toks[j + 1]?.normal === 'at') return false;
  if (STRONG.has(t.lemma)) return true;
  return WEAK.has(t.lemma) && (CLAUSE_OPENERS.has(toks[j + 1]?.normal ?? '') || toks[j + 1] === undefined);
};
