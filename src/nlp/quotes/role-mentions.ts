import { FEMALE_WORDS, MALE_WORDS } from './lexicon.js';
import { isCapitalised, type TokenView } from './tokens.js';

/** Someone written only by a gendered role word ("one mother", "a 43-year-old man"), whom "she" or "he" may mean. */
export interface RoleMention {
  readonly at: number;
  readonly start: number;
  readonly end: number;
  readonly gender: 'm' | 'f';
  /** The last word of the name the role stands beside ("Ada Quill, an agreeable woman"), if any. */
  readonly names: string | null;
}

const LEAD_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** Tokens a role word's phrase may reach back ("the 43-year-old man"). */
const MAX_LEAD = 6;

/** The gendered role words written outside quotes, with the noun phrase each heads. */
export const roleMentions = (view: TokenView): RoleMention[] => {
  const out: RoleMention[] = [];
  view.tokens.forEach((t, i) => {
    const gender = MALE_WORDS.has(t.normal) ? 'm' : FEMALE_WORDS.has(t.normal) ? 'f' : null;
    // "wife Kimberly" is a title before a name, which the name's own mention covers
    if (!gender || t.pos !== 'NOUN' || isCapitalised(t) || view.quoted[i] || isCapitalised(view.tokens[i + 1])) return;
    let start = i;
    while (start > i - MAX_LEAD && start > 0) {
      const p = view.tokens[start - 1];
      if (!p || p.sentence !== t.sentence || view.quoted[start - 1] || isCapitalised(p)) break;
      if (!LEAD_POS.has(p.pos) && p.text !== '-') break;
      start--;
    }
    const comma = view.tokens[start - 1]?.text === ',' ? view.tokens[start - 2] : undefined;
    const names = comma && isCapitalised(comma) && comma.pos === 'PROPN' ? comma.normal : null;
    out.push({ at: start, start, end: i + 1, gender, names });
  });
  return out;
};
