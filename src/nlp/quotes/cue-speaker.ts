import { backwardSpeaker, skipFillers } from './backward.js';
import { type Cue, cuesIn } from './cues.js';
import { forwardSpeaker } from './forward.js';
import { INVERTING_LEMMAS, ROLE_HEADS } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';
import { isMark, sentenceRange, type TokenView } from './tokens.js';

const isParticiple = (view: TokenView, i: number): boolean => /ing$/.test(view.tokens[i]?.normal ?? '');

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);
const COORDINATORS = new Set(['and', 'but', 'or']);
const RELATIVES = new Set(['who', 'which', 'that']);

/** "was described as", "has been called": the subject is not the speaker. */
export const isPassive = (view: TokenView, c: number): boolean => {
  const t = view.tokens[c];
  if (!t || isParticiple(view, c)) return false;
  let j = c - 1;
  while (j >= 0 && view.tokens[j]?.pos === 'ADV') j--;
  return BE.has(view.tokens[j]?.normal ?? '');
};

/** "X quoted Y as saying" and "quotes Y as saying": the quoted person Y. */
const quotedAs = (view: TokenView, c: number, ceil: number): SpeakerPhrase | null => {
  const { tokens } = view;
  if (tokens[c]?.lemma === 'quote') {
    for (let j = c + 1; j < Math.min(ceil, c + 10); j++) {
      if (tokens[j]?.normal === 'as' && isParticiple(view, j + 1)) return forwardSpeaker(view, c + 1, j);
    }
  }
  if (isParticiple(view, c) && tokens[c - 1]?.normal === 'as') {
    for (let j = c - 2; j >= Math.max(0, c - 10); j--) {
      if (tokens[j]?.lemma === 'quote') return forwardSpeaker(view, j + 1, c - 1);
    }
  }
  return null;
};

/** "…, and, in a careful phrasing, said": the comma before the cue closes an aside opened right after "and". */
const asideAfterCoordinator = (view: TokenView, comma: number, floor: number): boolean => {
  for (let p = comma - 1; p > floor && p >= comma - 12; p--) {
    if (view.tokens[p]?.text === ',') return COORDINATORS.has(view.tokens[p - 1]?.normal ?? '');
  }
  return false;
};

/**
 * The speaker the cue names, or null when it has none of its own (a participle or a coordinated verb, whose speaker
 * is the clause's subject). `floor`/`ceil` bound the tokens it may read.
 */
export const cueSpeaker = (view: TokenView, cue: Cue, floor: number, ceil: number): SpeakerPhrase | null => {
  const c = cue.index;
  if (cue.kind === 'according') return forwardSpeaker(view, c + (view.tokens[c + 1]?.normal === 'to' ? 2 : 1), ceil);
  const quoted = quotedAs(view, c, ceil);
  if (quoted) return quoted;
  const prev = skipFillers(view, c - 1, floor);
  const before = view.tokens[prev];
  if (isParticiple(view, c) && !BE.has(view.tokens[c - 1]?.normal ?? '')) {
    const np = backwardSpeaker(view, c, floor);
    const head = np ? view.tokens[np.end - 1] : undefined;
    const speakerLike =
      np?.kind === 'name' || (np?.kind === 'role' && head !== undefined && ROLE_HEADS.has(head.normal));
    // "Swift posted on Twitter accusing …": a noun inside a prepositional phrase is not who speaks ("with X saying" is)
    const lead = np ? view.tokens[Math.min(np.start, np.role?.[0] ?? np.start) - 1] : undefined;
    const inPhrase = lead?.pos === 'ADP' && lead.normal !== 'with';
    return np && speakerLike && !inPhrase && np.end === prev + 1 ? np : null;
  }
  if (before && COORDINATORS.has(before.normal)) return null;
  if (before?.text === ',' && asideAfterCoordinator(view, prev, floor)) return null;
  if (before && RELATIVES.has(before.normal)) {
    // "the government, which condemned ...": the speaker is what the relative pronoun stands for
    const comma = view.tokens[prev - 1]?.text === ',' ? prev - 1 : prev;
    return backwardSpeaker(view, comma, floor);
  }
  // a progressive cue ("X is saying") has its subject before the auxiliary
  const back = backwardSpeaker(view, isParticiple(view, c) ? c - 1 : c, floor);
  if (back) return back;
  const inverted = prev < floor || before?.text === ',' || isMark(before);
  return inverted && INVERTING_LEMMAS.has(view.tokens[c]?.lemma ?? '') ? forwardSpeaker(view, c + 1, ceil) : null;
};

/** The speaker of the clause a bare cue belongs to: the sentence's subject, past an introductory phrase. */
export const clauseSubject = (view: TokenView, sentenceStart: number, cue: number): SpeakerPhrase | null => {
  const { tokens } = view;
  let a = sentenceStart;
  while (a < cue && isMark(tokens[a])) a++;
  const first = tokens[a];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || /ing$/.test(first.normal))) {
    for (let j = a; j < cue; j++) {
      if (tokens[j]?.text === ',') {
        a = j + 1;
        break;
      }
    }
  }
  return forwardSpeaker(view, a, cue);
};

/** "he asked about X, called Y a "…"": a speech verb between a phrase and the cue heads the series the cue is in. */
const seriesSpeaker = (view: TokenView, cue: Cue, s: SpeakerPhrase | null, start: number, ceil: number) => {
  if (!s || cue.kind === 'according') return s;
  for (const c of cuesIn(view, s.end, cue.index, cue.index)) {
    const head = c.kind === 'verb' && !isPassive(view, c.index) ? cueSpeaker(view, c, start, ceil) : null;
    if (head && head.end <= c.index) return head;
  }
  return s;
};

/** The speaker of a cue, falling back to an earlier cue of the sentence or its subject for participles. */
export const speakerOfCue = (view: TokenView, cue: Cue, floor: number, ceil: number): SpeakerPhrase | null => {
  if (isPassive(view, cue.index)) return null;
  const [start] = sentenceRange(view.tokens, cue.index);
  const own = seriesSpeaker(view, cue, cueSpeaker(view, cue, floor, ceil), start, ceil);
  if (own || cue.kind === 'according') return own;
  for (const c of cuesIn(view, start, cue.index, cue.index).reverse()) {
    const s = isPassive(view, c.index) ? null : seriesSpeaker(view, c, cueSpeaker(view, c, start, ceil), start, ceil);
    if (s) return s;
  }
  return clauseSubject(view, start, cue.index);
};
