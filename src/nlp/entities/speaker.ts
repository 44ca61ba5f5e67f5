import type { EntityType } from '../../doc/index.js';
import { union, words } from '../../lexicon/index.js';
import type { DocContext } from './context.js';
import { tokenIn } from './context.js';
import { LEX } from './gazetteer/index.js';

const LOOKAHEAD = 12;
const CLAUSE_END = union([';', ':', '(', '“', '"'], words('punctuation/dashes'));

/**
 * What the first personal pronoun after a speaker says it is: "Ford said its sales rose" an organization,
 * "Brenlow said he would stay" a person. Stops at the end of the clause or at another name.
 */
export const pronounAfter = (ctx: DocContext, last: number, sentence: number): EntityType | undefined => {
  for (let k = last + 1; k <= last + LOOKAHEAD; k++) {
    const t = tokenIn(ctx, k, sentence);
    if (!t || CLAUSE_END.has(t.text)) return undefined;
    if (t.pos === 'PROPN' && k > last + 1) return undefined;
    if (LEX.thingPronouns.has(t.normal)) return 'organization';
    if (LEX.personPronouns.has(t.normal)) return 'person';
  }
  return undefined;
};
