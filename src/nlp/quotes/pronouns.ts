import { genderOk, nearest, type SpeakerEvent, type Tracker } from './events.js';
import { FEMALE_NAMES, FEMALE_PRONOUNS, INSTITUTIONS, MALE_NAMES, MALE_PRONOUNS, PLURAL_PRONOUNS } from './lexicon.js';
import { type Gender, lastWord, orgLike } from './people.js';
import { salient } from './salience.js';

/**
 * "he"/"she": the most salient compatible person or singular speaking role ("a senior officer"); never a body, never
 * someone known to have the other gender.
 */
const resolvePersonal = (t: Tracker, g: Gender, at: number): SpeakerEvent | null => {
  // a role speaks for someone ("a senior officer said"), or is a gendered person written without a name ("one mother")
  const singular = (x: SpeakerEvent): boolean =>
    x.kind === 'role' && (x.spoke || x.person) && !/s$/.test(x.head) && !INSTITUTIONS.has(x.head);
  const named = (x: SpeakerEvent): boolean => x.kind !== 'role' && (x.person || (x.spoke && !orgLike(x.name ?? '')));
  const fits = (x: SpeakerEvent): boolean => (singular(x) || named(x)) && genderOk(t, x.name ?? '', g);
  return salient(t, at, g, fits);
};

/** A name shown to be one person: a gender is known for it, or it starts with a usual given name. */
const individual = (t: Tracker, x: SpeakerEvent): boolean => {
  const name = x.name ?? '';
  const first = name.split(' ')[0]?.toLowerCase() ?? '';
  return t.people.genders.has(lastWord(name)) || MALE_NAMES.has(first) || FEMALE_NAMES.has(first);
};

export const resolvePronoun = (t: Tracker, word: string, at: number): SpeakerEvent | null => {
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    const g: Gender = MALE_PRONOUNS.has(word) ? 'm' : 'f';
    const e = resolvePersonal(t, g, at);
    if (e?.name && !t.people.genders.has(lastWord(e.name))) t.people.genders.set(lastWord(e.name), g);
    return e;
  }
  // "they" is a plural role ("officials") or a body, never someone known to be "he" or "she" ("Big Machine … they said")
  if (PLURAL_PRONOUNS.has(word))
    return nearest(t, at, (x) => x.spoke && (x.kind === 'role' ? /s$/.test(x.head) : !individual(t, x)), 6);
  if (word === 'it') return nearest(t, at, (x) => x.spoke && x.kind !== 'role' && !(x.person && individual(t, x)), 6);
  return null;
};
