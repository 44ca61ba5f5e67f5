import type { Attribution } from './attribution.js';
import { backwardSpeaker, skipFillers } from './backward.js';
import { clauseSubject, cueSpeaker, speakerOfCue } from './cue-speaker.js';
import { cuesIn } from './cues.js';
import { forwardSpeaker } from './forward.js';
import { INVERTING_LEMMAS } from './lexicon.js';
import { nameLike } from './names.js';
import { floorBefore, type SpanTokens } from './span-tokens.js';
import { isMark, sentenceRange, type TokenView } from './tokens.js';

const PUNCT_LEAD = new Set([',', '—', '–', '-', '--']);
const VERBISH = new Set(['VERB', 'AUX']);
/** Tokens an attribution may hold before its speaker's name ("the candidate, regional bureaucrat X, said"). */
const MAX_LEAD = 12;

/** `"…," X said` / `"…," said X` / `"…," according to X` / `"…," X, a spokesman.` right after the closing mark. */
export const after = (view: TokenView, a0: number, end: number): Attribution | null => {
  let a = a0;
  while (a < end && PUNCT_LEAD.has(view.tokens[a]?.text ?? '')) a++;
  const cues = cuesIn(view, a, Math.min(end, a + 30));
  const cue = cues[0];
  const head = view.tokens[a];
  if (cue && cue.index === a && cue.kind === 'verb' && head && INVERTING_LEMMAS.has(head.lemma)) {
    const s = forwardSpeaker(view, a + 1, end);
    if (s) return { kind: 'after', cue, speaker: s, adjacent: true };
  }
  if (cue?.kind === 'according' && cue.index === a)
    return { kind: 'after', cue, speaker: speakerOfCue(view, cue, a, end), adjacent: true };
  const opensClause = head !== undefined && !['ADP', 'SCONJ', 'CCONJ'].includes(head.pos);
  if (cue && cue.index > a && opensClause) {
    const s = cueSpeaker(view, cue, a, end);
    // the attribution opens with the speaker's phrase ("the 33-year-old actress's rep X told"), not another clause
    const from = s ? Math.min(s.start, s.role?.[0] ?? s.start) : end;
    const gap = view.tokens
      .slice(a, Math.min(from, cue.index))
      .some((t) => VERBISH.has(t.pos) && !/ed$/.test(t.normal));
    if (s && !gap && from - a <= MAX_LEAD) return { kind: 'after', cue, speaker: s, adjacent: true };
  }
  const comma = view.tokens[a - 1]?.text === ',' || (isMark(view.tokens[a - 1]) && view.tokens[a - 2]?.text === ',');
  if (!cue && comma && nameLike(view, a)) {
    const s = forwardSpeaker(view, a, end);
    const rest = view.tokens.slice(s?.end ?? a, end);
    if (s?.kind === 'name' && s.start === a && !rest.some((t) => VERBISH.has(t.pos)))
      return { kind: 'after', cue: null, speaker: s, adjacent: true };
  }
  return null;
};

/** The nearest cue before the quote in its sentence: `X said: "…"`, `X said that … "…"`, `The war, X said, is "…"`. */
export const before = (view: TokenView, floor: number, open: number, ceil: number): Attribution | null => {
  const lead = view.tokens[open - 1];
  if (lead?.text === ':' && open - 2 >= floor) {
    const s = backwardSpeaker(view, open - 1, floor);
    if (s?.kind === 'name' && s.end === open - 1) return { kind: 'before', cue: null, speaker: s, adjacent: true };
  }
  const [sentStart] = sentenceRange(view.tokens, open);
  const cue = cuesIn(view, sentStart, open, open).pop();
  if (!cue) return null;
  const lead2 = lead?.text ?? '';
  const adjacent =
    open - cue.index === 1 || (open - cue.index <= 4 && (lead2 === ':' || lead2 === ',' || lead2 === 'that'));
  return { kind: 'before', cue, speaker: speakerOfCue(view, cue, floorBefore(view, cue.index), ceil), adjacent };
};

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
  const cue = cuesIn(view, a, b)[0];
  if (cue?.index === a && cue.kind === 'verb') {
    const s = forwardSpeaker(view, a + 1, b);
    return s ? { kind: 'next', cue, speaker: s, adjacent: true } : null;
  }
  if (!cue || b - cue.index > 5) return null;
  const s = speakerOfCue(view, cue, a, b);
  const touching = s !== null && skipFillers(view, cue.index - 1, a) + 1 === s.end;
  return s && touching && s.start === a ? { kind: 'next', cue, speaker: s, adjacent: true } : null;
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
