import type { DocContext } from './context.js';
import { opensSentence } from './runs.js';

// Not DET or PRON: "The" opens many names ("The Hague") and "I" is always capitalised.
const FUNCTION_POS = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ']);
/** Short words that headline style leaves in lower case ("Reid Checks into Rehab"). */
const HEADLINE_SMALL = new Set(
  'a an the and but or nor for of on in at to by up as vs via with into from over per off out'.split(' '),
);
const CONTENT = /^\p{L}{4,}$/u;

interface Tally {
  content: number;
  prose: boolean;
  functions: number;
}

/**
 * Sentences in title case or capitals (headlines, captions), where a capital letter does not mark a name: no
 * lower-case word but headline function words, or two capitalised function words inside the sentence.
 */
export const shoutedSentences = (ctx: DocContext, consumed: ReadonlySet<number>): Set<number> => {
  const tallies = new Map<number, Tally>();
  const tally = (sentence: number): Tally => {
    let t = tallies.get(sentence);
    if (!t) {
      t = { content: 0, prose: false, functions: 0 };
      tallies.set(sentence, t);
    }
    return t;
  };
  for (const t of ctx.tokens) {
    const c = t.text[0] ?? '';
    const lower = c !== c.toUpperCase();
    if (lower && t.type === 'word' && !HEADLINE_SMALL.has(t.normal)) tally(t.sentence).prose = true;
  }
  for (const u of ctx.units) {
    if (consumed.has(u.index)) continue;
    const s = tally(u.sentence);
    if (CONTENT.test(u.text)) s.content++;
    if (u.cap && FUNCTION_POS.has(u.pos) && !opensSentence(ctx, u.first, u.sentence)) s.functions++;
  }
  const out = new Set<number>();
  for (const [sentence, s] of tallies) if ((s.content >= 3 && !s.prose) || s.functions >= 2) out.add(sentence);
  return out;
};
