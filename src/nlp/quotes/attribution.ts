import { attributionAfter } from './attribution-after.js';
import { attributionBefore } from './attribution-before.js';
import type { Attribution } from './attribution-record.js';
import { colonIntro, nextSentence, sentenceFinal } from './attribution-sentences.js';
import type { SpanTokens } from './span-tokens.js';
import { sentenceRange, type TokenView } from './tokens.js';

/** "which is what X claimed, "…," said Y": a cue inside a relative clause does not take the quote as its object. */
const RELATIVES = new Set(['what', 'which']);

const NONE: Attribution = { kind: 'none', cue: null, speaker: null, adjacent: false };

/** Finds who a quoted span is attributed to, from the tokens of its own and neighbouring sentences. */
export const attribute = (view: TokenView, pos: SpanTokens): Attribution => {
  const { tokens, quoted } = view;
  const [sentStart] = sentenceRange(tokens, pos.open);
  let floor = pos.open;
  while (floor > sentStart && !quoted[floor - 1]) floor--;
  let [, sentEnd] = sentenceRange(tokens, Math.max(pos.first, pos.last));
  // a sentence wrongly cut at an abbreviation ("Detik. com quoted ...") goes on in lower case
  while (sentEnd < tokens.length && /^\p{Ll}/u.test(tokens[sentEnd]?.text ?? '') && !quoted[sentEnd])
    sentEnd = sentenceRange(tokens, sentEnd)[1];
  const closed = pos.closed && pos.close < sentEnd;
  const afterStart = closed ? pos.close + 1 : sentEnd;
  let end = afterStart;
  while (end < sentEnd && !quoted[end]) end++;
  const lead = () => attributionBefore(view, floor, pos.open, pos.open);
  const tries = [
    // `he said, "…," the office said`: the speech verb touching the quote names who spoke; the later one who reports it
    () => {
      const own = lead();
      const relative = own?.cue && view.tokens.slice(floor, own.cue.index).some((t) => RELATIVES.has(t.normal));
      return own?.adjacent && own.speaker && !relative && view.tokens[pos.open - 1]?.text === ',' ? own : null;
    },
    () => (afterStart < end ? attributionAfter(view, afterStart, end) : null),
    lead,
    () => (afterStart < end ? sentenceFinal(view, afterStart, end) : null),
    () => nextSentence(view, pos),
    () => (floor === pos.open ? colonIntro(view, pos.open) : null),
  ];
  // the first attribution that names a speaker wins; a cue without one ("was described as") still vouches for the quote
  let fallback: Attribution = NONE;
  for (const attempt of tries) {
    const a = attempt();
    if (a?.speaker) return a;
    if (a && fallback === NONE) fallback = a;
  }
  return fallback;
};
