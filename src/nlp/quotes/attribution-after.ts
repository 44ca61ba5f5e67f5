import { union, words } from '../../lexicon/index.js';
import type { Attribution } from './attribution-record.js';
import { cueSpeaker, speakerOfCue } from './cue-speaker.js';
import { type Cue, cuesIn } from './cues.js';
import { forwardSpeaker } from './forward.js';
import { INVERTING_LEMMAS } from './lexicon.js';
import { nameLike } from './names.js';
import { CLAUSE_WORDS, type SpeakerPhrase } from './phrase.js';
import { isCapitalised, isMark, type TokenView } from './tokens.js';

const DASHES = union(words('punctuation/dashes'), ['-']);
const PUNCT_LEAD = new Set([',', ...DASHES]);
const VERBISH = new Set(['VERB', 'AUX']);
const CLEFT = new Set(['how', 'what']);

/** Tokens an attribution may hold before its speaker's name ("the candidate, regional bureaucrat X, said"). */
const MAX_LEAD = 12;

/** `"…," X said` / `"…," said X` / `"…," according to X` / `"…," X, a spokesman.` right after the closing mark. */
export const attributionAfter = (view: TokenView, a0: number, end: number): Attribution | null => {
  let a = a0;
  while (a < end && PUNCT_LEAD.has(view.tokens[a]?.text ?? '')) a++;
  // `"…," was how Ford described it`: the cleft's "was how" stands before the attribution proper
  if (view.tokens[a]?.lemma === 'be' && CLEFT.has(view.tokens[a + 1]?.normal ?? '')) a += 2;
  const cues = cuesIn(view, a, Math.min(end, a + 30));
  const cue = cues[0];
  const head = view.tokens[a];
  // `"…", saying he trusted …`: a participle's "he" opens the reported clause, not the attribution
  const inverted = head !== undefined && INVERTING_LEMMAS.has(head.lemma) && !/ing$/.test(head.normal);
  if (cue && cue.index === a && cue.kind === 'verb' && inverted) {
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
      .some(
        (t, k) =>
          (VERBISH.has(t.pos) && !/ed$/.test(t.normal) && !modifies(view, a + k) && !nameLike(view, a + k)) ||
          t.pos === 'SCONJ' ||
          CLAUSE_WORDS.has(t.normal),
      );
    if (s && !gap && from - a <= MAX_LEAD) return { kind: 'after', cue, speaker: s, adjacent: true };
    const lead = leadingName(view, a, cue.index);
    if (lead) return { kind: 'after', cue, speaker: lead, adjacent: true };
  }
  return bylineAfter(view, a, end) ?? invertedLater(view, cues, end);
};

/**
 * `"…," Kurinji Selvaraj, a research analyst at …, told CBS` or `"…," Benioff weighed in, telling Cook`: the name
 * that opens the attribution is its subject, however long the aside or the verb before the cue.
 */
export const leadingName = (view: TokenView, a: number, cue: number): SpeakerPhrase | null => {
  const s = forwardSpeaker(view, a, cue);
  const next = view.tokens[s?.end ?? a];
  const opens = s?.kind === 'name' && s.start === a && s.role === null;
  return opens && (next?.text === ',' || next?.pos === 'VERB') ? s : null;
};

/** A verb-tagged word used as a modifier ("lead researcher", "acting director"). */
const modifies = (view: TokenView, i: number): boolean => {
  const next = view.tokens[i + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && !isCapitalised(view.tokens[i]);
};

/** `"…," X, a spokesman.` or `"…" — X`: a bare name after the comma or dash that ends the quote. */
export const bylineAfter = (view: TokenView, a: number, end: number): Attribution | null => {
  const lead = view.tokens[a - 1]?.text ?? '';
  const marked = isMark(view.tokens[a - 1]) && view.tokens[a - 2]?.text === ',';
  if (!(lead === ',' || DASHES.has(lead) || marked) || !nameLike(view, a)) return null;
  const s = forwardSpeaker(view, a, end);
  const rest = view.tokens.slice(s?.end ?? a, end);
  return s?.kind === 'name' && s.start === a && !rest.some((t) => VERBISH.has(t.pos))
    ? { kind: 'after', cue: null, speaker: s, adjacent: true }
    : null;
};

/** `"… deal" announced in October, said Derek Scissors`: an inverted cue after a comma, past the quote's own clause. */
const invertedLater = (view: TokenView, cues: readonly Cue[], end: number): Attribution | null => {
  for (const cue of cues.slice(1)) {
    const lemma = view.tokens[cue.index]?.lemma ?? '';
    if (cue.kind !== 'verb' || view.tokens[cue.index - 1]?.text !== ',' || !INVERTING_LEMMAS.has(lemma)) continue;
    const s = forwardSpeaker(view, cue.index + 1, end);
    if (s && s.kind !== 'pronoun') return { kind: 'after', cue, speaker: s, adjacent: false };
  }
  return null;
};
