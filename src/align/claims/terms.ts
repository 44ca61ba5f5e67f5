import { contains, type Span, type Token } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';
import { isCalendarName, isTitleWord } from './lexicon.js';
import type { Figure } from './types.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** Words that say how something was reported or that hold in any sentence, not what was reported. */
const STOP = union(words('function-words/reporting-lemmas'), words('function-words/claim-stop-lemmas'));
const DIGITS = /^[\d.,]+$/;
/** Lemmas are cut to this many characters so that "Russia"/"Russian" and "equip"/"equipment" meet. */
const STEM = 5;

/** The term of a token, or null when it carries no content. */
export const termOf = (t: Token): string | null => {
  if (!CONTENT.has(t.pos) || STOP.has(t.lemma) || isCalendarName(t.lemma) || DIGITS.test(t.text)) return null;
  const stem = t.lemma.replace(/[^\p{L}\p{N}]/gu, '').slice(0, STEM);
  return stem.length >= 2 ? stem : null;
};

export const figureTerm = (f: Figure): string => `#${f.value}`;

/** The terms of a unit's names: its entity mentions, or its proper nouns when no entity was annotated. */
export const nameTerms = (tokens: readonly Token[], entities: readonly Span[] | null): string[] => {
  const inName = (t: Token): boolean =>
    entities ? entities.some((e) => contains(e, t)) : t.pos === 'PROPN' && !isTitleWord(t.text);
  return [...new Set(tokens.filter(inName).flatMap((t) => termOf(t) ?? []))];
};

/** The distinct content terms of a unit, figures included as "#value". */
export const unitTerms = (tokens: readonly Token[], figures: readonly Figure[]): string[] => {
  const terms = new Set<string>();
  for (const t of tokens) {
    const term = termOf(t);
    if (term) terms.add(term);
  }
  for (const f of figures) terms.add(figureTerm(f));
  return [...terms];
};
