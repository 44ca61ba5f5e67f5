import { nearest, type SpeakerEvent, type Tracker } from './events.js';
import { INSTITUTIONS, ROLE_HEADS } from './lexicon.js';
import { fullName, isPerson, lastWord, phraseText } from './people.js';
import type { SpeakerPhrase } from './phrase.js';
import { resolvePronoun } from './pronouns.js';
import type { TokenView } from './tokens.js';

/** Role words that only a person carries ("spokesman", "25-year-old"), unlike "a statement from". */
const personalRole = (view: TokenView, role: readonly [number, number] | null): boolean => {
  const words = role ? view.tokens.slice(role[0], role[1]).map((x) => x.normal) : [];
  return words.some((w) => (ROLE_HEADS.has(w) && !INSTITUTIONS.has(w)) || w === 'year-old' || w === 'old');
};

/**
 * Turns a written speaker phrase into a resolved event: names expanded, pronouns and "the official" looked up among
 * what was written before token `before` (by default the phrase's own position).
 */
export const resolvePhrase = (t: Tracker, phrase: SpeakerPhrase, at: number, before = at): SpeakerEvent => {
  const { text, span, gender } = phraseText(t.view, phrase);
  const roleEnd = phrase.role?.[1];
  const head = roleEnd !== undefined ? (t.view.tokens[roleEnd - 1]?.normal ?? '') : lastWord(text);
  if (phrase.kind === 'name') {
    const name = fullName(t.people, text);
    if (gender && !t.people.genders.has(lastWord(name))) t.people.genders.set(lastWord(name), gender);
    const person = isPerson(t.people, name) || gender !== null || personalRole(t.view, phrase.role);
    return { token: at, name, span, kind: 'name', person, head, spoke: true, subject: false };
  }
  if (phrase.kind === 'pronoun') {
    const e = resolvePronoun(t, text.toLowerCase(), before);
    const kind = e?.kind ?? 'pronoun';
    return {
      token: at,
      name: e?.name ?? null,
      span,
      kind,
      person: e?.person ?? false,
      head: e?.head ?? head,
      spoke: true,
      subject: false,
    };
  }
  const anaphor = /^(the|that|this) /i.test(text) && phrase.end - phrase.start <= 3;
  // "the judge" is the judge already heard speaking, however far back; else the last judge named
  const e = anaphor
    ? (nearest(t, at, (x) => x.spoke && x.head === head, Number.POSITIVE_INFINITY) ??
      nearest(t, at, (x) => x.head === head))
    : null;
  return {
    token: at,
    name: e?.name ?? text,
    span,
    kind: e?.kind ?? 'role',
    person: e?.person ?? false,
    head,
    spoke: true,
    subject: false,
  };
};
