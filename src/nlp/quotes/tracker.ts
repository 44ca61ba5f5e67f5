import { genderOk, nearest, previousSentence, previousSubject, type SpeakerEvent, type Tracker } from './events.js';
import { INSTITUTIONS, ROLE_HEADS } from './lexicon.js';
import { fullName, type Gender, isPerson, lastWord, orgLike, phraseText } from './people.js';
import { DOCUMENT_NOUNS, type SpeakerPhrase } from './phrase.js';
import { resolvePronoun } from './pronouns.js';
import { salient } from './salience.js';
import type { TokenView } from './tokens.js';

/** Role words that only a person carries ("spokesman", "25-year-old"), unlike "a statement from". */
const personalRole = (view: TokenView, role: readonly [number, number] | null): boolean => {
  const words = role ? view.tokens.slice(role[0], role[1]).map((x) => x.normal) : [];
  return words.some((w) => (ROLE_HEADS.has(w) && !INSTITUTIONS.has(w)) || w === 'year-old' || w === 'old');
};

/** Words a definite role phrase may take and still refer back ("the Greek prime minister"). */
const MAX_ANAPHOR = 5;

/**
 * The person a definite role phrase stands for when no earlier event carries its role word: the one name the article
 * writes with that title ("Prime Minister George Papandreou"), else the person the sentence before is about, unless
 * that person holds another role ("Simmons teased … the singer told"), else for an epithet the most salient person.
 */
const namedRole = (t: Tracker, head: string, gender: Gender, at: number): SpeakerEvent | null => {
  if (/s$/.test(head) || INSTITUTIONS.has(head)) return null;
  const titled = t.people.titles.get(head);
  if (titled)
    return { token: at, name: titled, span: null, kind: 'name', person: true, head, spoke: true, subject: false };
  const free = (x: SpeakerEvent): boolean =>
    x.kind === 'name' &&
    !x.inferred &&
    x.person &&
    genderOk(t, x.name ?? '', gender) &&
    (x.head === '' || x.head === head || x.head === lastWord(x.name ?? ''));
  // "Dempsey talked with the man … once the man mentioned": the role written there is someone else
  const before = previousSentence(t.view, at);
  if (t.view.tokens.some((x) => x.sentence === before && x.normal === head)) return null;
  // "the 56-year-old", "the actress": a personal epithet, rather than an office, means the person in view
  const epithet = /year-old$|^old$/.test(head) || (gender !== null && !ROLE_HEADS.has(head));
  return previousSubject(t, at, free) ?? (epithet ? salient(t, at, gender, free) : null);
};

/** A bare capitalised title, as headlines write a person ("Greek Prime Minister Calls …"). */
const titled = (text: string): boolean => text.split(' ').every((w) => /^\p{Lu}/u.test(w));

/** "The French foreign ministry" is no earlier "Russia's foreign ministry": its capitalised words must recur. */
const agrees = (text: string, name: string | null): boolean =>
  text
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .every((w) => (name ?? '').toLowerCase().includes(w.toLowerCase()));

/** Heads of a phrase that can stand for a company named just before ("the production company", "the firm"). */
const ORGANISATION_HEADS = new Set(['company', 'firm', 'label', 'studio', 'network', 'publisher', 'broadcaster']);

/** A named organisation that spoke: what "the company" refers back to when no company spoke as "the company". */
const organisation = (x: SpeakerEvent): boolean => x.kind === 'name' && !x.person && x.spoke && orgLike(x.name ?? '');

/**
 * What a definite role phrase refers back to: the same role already heard speaking, however far back; for "the
 * statement", else whoever spoke in the sentence before; else the role last named, or the person it stands for (never for "the victim's
 * nephew", someone else's relative).
 */
const antecedent = (t: Tracker, text: string, head: string, gender: Gender, at: number): SpeakerEvent | null => {
  const same = (x: SpeakerEvent): boolean => x.head === head && agrees(text, x.name);
  const issuer = (x: SpeakerEvent): boolean => x.spoke && !DOCUMENT_NOUNS.has(x.head);
  return (
    nearest(t, at, (x) => x.spoke && same(x), Number.POSITIVE_INFINITY) ??
    (DOCUMENT_NOUNS.has(head) ? nearest(t, at, issuer, 1) : null) ??
    (ORGANISATION_HEADS.has(head) ? nearest(t, at, organisation, 2) : null) ??
    nearest(t, at, same) ??
    (/['’]s\b/.test(text) ? null : namedRole(t, head, gender, at))
  );
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
      inferred: true,
    };
  }
  const e =
    (/^(the|that|this) /i.test(text) || titled(text)) && text.split(' ').length <= MAX_ANAPHOR
      ? antecedent(t, text, head, gender, at)
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
