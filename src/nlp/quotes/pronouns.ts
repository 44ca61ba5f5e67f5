import { genderOk, nearest, previousSubject, type SpeakerEvent, type Tracker } from './events.js';
import { FEMALE_PRONOUNS, INSTITUTIONS, MALE_PRONOUNS, PLURAL_PRONOUNS } from './lexicon.js';
import { type Gender, lastWord, orgLike } from './people.js';

/** Sentences within which the last speaker is taken to be who "he" or "she" means. */
const RECENT = 3;

/**
 * "he"/"she": the nearer of the last speaker and the person the previous sentence is about, when compatible; else a
 * recent compatible named speaker, the nearest person known to have that gender, or the nearest compatible person or
 * speaking role ("a senior officer").
 */
const resolvePersonal = (t: Tracker, g: Gender, at: number): SpeakerEvent | null => {
  const singular = (x: SpeakerEvent): boolean =>
    x.kind === 'role' && x.spoke && !/s$/.test(x.head) && !INSTITUTIONS.has(x.head);
  const named = (x: SpeakerEvent): boolean => x.kind !== 'role' && (x.person || (x.spoke && !orgLike(x.name ?? '')));
  const fits = (x: SpeakerEvent): boolean => (singular(x) || named(x)) && genderOk(t, x.name ?? '', g);
  const known = (x: SpeakerEvent): boolean => fits(x) && t.people.genders.get(lastWord(x.name ?? '')) === g;
  const last = nearest(t, at, (x) => x.spoke && (singular(x) || named(x)), RECENT);
  const recent = last && fits(last) ? last : null;
  const subject = previousSubject(t, at, fits);
  const nearer = recent && subject ? (subject.token > recent.token ? subject : recent) : (recent ?? subject);
  return (
    nearer ??
    nearest(t, at, (x) => x.spoke && named(x) && fits(x), RECENT) ??
    nearest(t, at, known) ??
    nearest(t, at, fits)
  );
};

export const resolvePronoun = (t: Tracker, word: string, at: number): SpeakerEvent | null => {
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    const g: Gender = MALE_PRONOUNS.has(word) ? 'm' : 'f';
    const e = resolvePersonal(t, g, at);
    if (e?.name && !t.people.genders.has(lastWord(e.name))) t.people.genders.set(lastWord(e.name), g);
    return e;
  }
  if (PLURAL_PRONOUNS.has(word)) return nearest(t, at, (x) => x.spoke && x.kind === 'role' && /s$/.test(x.head), 6);
  if (word === 'it') return nearest(t, at, (x) => x.spoke && x.kind !== 'role' && !x.person, 6);
  return null;
};
