import { union, words } from '../../lexicon/index.js';
import { attributionAfter, bylineAfter, leadingName } from './attribution-after.js';
import type { Attribution } from './attribution-record.js';
import { backwardSpeaker, skipFillers } from './backward.js';
import { clauseSubject, cueSpeaker, speakerOfCue } from './cue-speaker.js';
import { cuesIn } from './cues.js';
import { forwardSpeaker } from './forward.js';
import type { SpanTokens } from './span-tokens.js';
import { isCapitalised, isMark, sameParagraph, sentenceRange, type TokenView } from './tokens.js';

const DASHES = union(words('punctuation/dashes'), ['-']);
const VERBISH = new Set(['VERB', 'AUX']);

/** A closing `..., officials said Saturday.` that attributes the whole sentence. */
export const sentenceFinal = (view: TokenView, from: number, end: number): Attribution | null => {
  for (const cue of cuesIn(view, from, end).reverse()) {
    const s = cueSpeaker(view, cue, from, end);
    const tail = view.tokens.slice(cue.index + 1, end);
    if (!s || s.kind === 'pronoun' || tail.length > 6 || tail.some((t) => VERBISH.has(t.pos))) continue;
    if (view.tokens[s.start - 1]?.text === ',') return { kind: 'sentence', cue, speaker: s, adjacent: false };
  }
  return null;
};

/** A short attribution sentence right after the quote: `said Obama.`, `Mr Smith said.`, `Smith recalled asking, "…"`. */
export const nextSentence = (view: TokenView, pos: SpanTokens): Attribution | null => {
  const close = pos.close;
  const a = close + (pos.closed ? 1 : 0);
  const t = view.tokens[a];
  if (!t || t.sentence === view.tokens[close - 1]?.sentence) return null;
  const [, end] = sentenceRange(view.tokens, a);
  let b = a;
  while (b < end && !isMark(view.tokens[b])) b++;
  if (b < end) return null;
  if (DASHES.has(t.text)) return sameParagraph(view, close, a) ? bylineAfter(view, a + 1, b) : signature(view, a, b);
  // `"Can I give it to James?" Brooke tearfully asked …`: wink ends the sentence at the question mark
  const asked = /^[?!]$/.test(view.tokens[pos.last]?.text ?? '') && sameParagraph(view, close, a);
  const own = asked ? attributionAfter(view, a, b) : null;
  if (own?.speaker) return own;
  const cue = cuesIn(view, a, b)[0];
  if (cue?.index === a && cue.kind === 'verb') {
    const s = forwardSpeaker(view, a + 1, b);
    return s ? { kind: 'next', cue, speaker: s, adjacent: true } : null;
  }
  // `"…?" He Jianxiong, the former director …, said at an event …`: a name and its aside, then the cue
  const lead = cue && sameParagraph(view, close, a) ? leadingName(view, a, cue.index) : null;
  if (cue && lead && view.tokens[lead.end]?.text === ',') return { kind: 'next', cue, speaker: lead, adjacent: true };
  if (!cue || b - cue.index > 5) return null;
  const s = speakerOfCue(view, cue, a, b);
  const touching = s !== null && skipFillers(view, cue.index - 1, a) + 1 === s.end;
  return s && touching && s.start === a ? { kind: 'next', cue, speaker: s, adjacent: true } : null;
};

/** Words a signature line may hold after its dash ("– Name", "— A reader in Leeds"). */
const MAX_SIGNATURE = 8;

/** A review or letter signed on the line after it (`– Name`): the whole short line, free of verbs, is who wrote it. */
const signature = (view: TokenView, dash: number, end: number): Attribution | null => {
  let k = dash + 1;
  while (k < end && sameParagraph(view, dash, k)) k++;
  const line = view.tokens.slice(dash + 1, k);
  const named =
    isCapitalised(line[0]) &&
    line.filter((x) => /\p{L}/u.test(x.text)).length <= MAX_SIGNATURE &&
    !line.some((x) => VERBISH.has(x.pos));
  return named
    ? { kind: 'next', cue: null, speaker: { kind: 'name', start: dash + 1, end: k, role: null }, adjacent: true }
    : null;
};

/** A quote opening its sentence after `X said:` or `… such as Dr Y:` at the end of the sentence before. */
export const colonIntro = (view: TokenView, open: number): Attribution | null => {
  const colon = open - 1;
  if (view.tokens[colon]?.text !== ':') return null;
  const [floor] = sentenceRange(view.tokens, colon);
  const cue = cuesIn(view, floor, colon).pop();
  if (cue) return { kind: 'colon', cue, speaker: speakerOfCue(view, cue, floor, colon), adjacent: true };
  // "The judge offered advice for the guards who will handle Nichols:" — the sentence's subject, not the last name
  const subject = view.tokens.slice(floor, colon).some((t) => t.pos === 'VERB')
    ? clauseSubject(view, floor, colon)
    : null;
  const s = subject ?? backwardSpeaker(view, colon, floor);
  return s && (s.kind !== 'role' || s === subject) ? { kind: 'colon', cue: null, speaker: s, adjacent: true } : null;
};
