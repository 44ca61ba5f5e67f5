import type { Span } from '../../doc/index.js';
import { type Gender, lastWord, type People } from './people.js';
import type { TokenView } from './tokens.js';

/** Someone the article has just shown speaking (or a resolved speaker), in text order. */
export interface SpeakerEvent {
  readonly token: number;
  readonly name: string | null;
  /** Where the speaker is written at this point (the pronoun or role phrase itself when resolved). */
  readonly span: Span | null;
  readonly kind: 'name' | 'role' | 'pronoun';
  readonly person: boolean;
  /** False for a bare mention of a person, which only pronouns may refer back to. */
  readonly spoke: boolean;
  /** True for a mention that opens its sentence as its subject ("T.J. Simons, 17, also heard the blast."). */
  readonly subject: boolean;
  /** The role word written with the speaker ("spokesman"), which "the spokesman" later refers back to. */
  readonly head: string;
  /** True when the name was inferred (from a pronoun or a carried-on quote) rather than written at this point. */
  readonly inferred?: true;
}

export interface Tracker {
  readonly view: TokenView;
  readonly people: People;
  readonly events: SpeakerEvent[];
}

/** How far back (in sentences) a pronoun, a role anaphor or a bare continuation may look for its speaker. */
const REACH = 12;

export const sentenceOf = (view: TokenView, i: number): number => view.tokens[i]?.sentence ?? 0;

/** Nearest earlier event within reach that `ok` accepts. */
export const nearest = (
  t: Tracker,
  at: number,
  ok: (e: SpeakerEvent) => boolean,
  reach = REACH,
): SpeakerEvent | null => {
  const floor = sentenceOf(t.view, at) - reach;
  for (let k = t.events.length - 1; k >= 0; k--) {
    const e = t.events[k];
    if (!e || e.token >= at) continue;
    if (sentenceOf(t.view, e.token) < floor) return null;
    if (e.name && ok(e)) return e;
  }
  return null;
};

export const genderOk = (t: Tracker, name: string, g: Gender): boolean => {
  const known = t.people.genders.get(lastWord(name));
  return !known || !g || known === g;
};

/** The sentence before the one holding token `at`, passing over sentences that are quotes. */
export const previousSentence = (view: TokenView, at: number): number => {
  let i = at;
  const here = sentenceOf(view, at);
  while (i > 0 && sentenceOf(view, i) === here) i--;
  while (i > 0 && view.quoted[i]) i--;
  return sentenceOf(view, i);
};

/** The person the sentence before token `at` opens with ("Amy Bishop, a former instructor, was charged ..."). */
export const previousSubject = (t: Tracker, at: number, ok: (e: SpeakerEvent) => boolean): SpeakerEvent | null => {
  const target = previousSentence(t.view, at);
  const e = nearest(
    t,
    at,
    (x) => x.subject && ok(x) && sentenceOf(t.view, x.token) <= target,
    sentenceOf(t.view, at) - target,
  );
  return e && sentenceOf(t.view, e.token) === target ? e : null;
};

export const record = (t: Tracker, e: SpeakerEvent): void => {
  let k = t.events.length;
  while (k > 0 && (t.events[k - 1]?.token ?? 0) > e.token) k--;
  t.events.splice(k, 0, e);
};

/**
 * The speaker a quote without its own attribution carries on from: the nearest speaker shown before it, or the person
 * the sentence right before it is about when that comes later ("X, 17, also heard the blast. "At first I thought ...").
 */
export const inherit = (t: Tracker, at: number, reach: number): SpeakerEvent | null => {
  const spoke = nearest(t, at, (e) => e.spoke, reach);
  const subject = previousSubject(t, at, () => true);
  if (subject && subject.token > (spoke?.token ?? -1)) return subject;
  return spoke;
};
