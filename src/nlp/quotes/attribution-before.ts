import type { Attribution } from './attribution-record.js';
import { backwardSpeaker } from './backward.js';
import { speakerOfCue } from './cue-speaker.js';
import { cueAt, cuesIn } from './cues.js';
import { floorBefore } from './span-tokens.js';
import { sentenceRange, type TokenView } from './tokens.js';

/** The nearest cue before the quote in its sentence: `X said: "…"`, `X said that … "…"`, `The war, X said, is "…"`. */
export const attributionBefore = (view: TokenView, floor: number, open: number, ceil: number): Attribution | null => {
  const lead = view.tokens[open - 1];
  if (lead?.text === ':' && open - 2 >= floor) {
    const s = backwardSpeaker(view, open - 1, floor);
    // "Hamilton … told Newsweek: "…"": the name before the colon is the cue's object, not the speaker
    const object = s !== null && cueAt(view, Math.min(s.start, s.role?.[0] ?? s.start) - 1) !== null;
    if (s?.kind === 'name' && s.end === open - 1 && !object)
      return { kind: 'before', cue: null, speaker: s, adjacent: true };
  }
  const [sentStart] = sentenceRange(view.tokens, open);
  const cue = cuesIn(view, sentStart, open, open).pop();
  if (!cue) return null;
  const lead2 = lead?.text ?? '';
  const adjacent =
    open - cue.index === 1 || (open - cue.index <= 4 && (lead2 === ':' || lead2 === ',' || lead2 === 'that'));
  return { kind: 'before', cue, speaker: speakerOfCue(view, cue, floorBefore(view, cue.index), ceil), adjacent };
};
