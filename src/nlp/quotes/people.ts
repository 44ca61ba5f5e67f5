import type { EntityMention, Span, Token } from '../../doc/index.js';
import {
  FEMALE_NAMES,
  FEMALE_WORDS,
  GIVEN_NAMES,
  HONORIFICS,
  MALE_NAMES,
  MALE_WORDS,
  NOT_PERSON,
  ORG_SUFFIXES,
} from './lexicon.js';
import { runEnd, splitRun, tokensText } from './names.js';
import type { SpeakerPhrase } from './phrase.js';
import { modifierAfter } from './phrase.js';
import { sentenceInitial, type TokenView } from './tokens.js';

export type Gender = 'm' | 'f' | null;

/** The article's names: full forms to expand a bare surname, and which names stand for people. */
export interface People {
  /** Lower-cased last word → the first full name (2+ words) written with it. */
  readonly full: ReadonlyMap<string, string>;
  /** Lower-cased first word → the one full name it starts ("Elise" → "Elise Matthesen"); empty when several do. */
  readonly first: ReadonlyMap<string, string>;
  /** Lower-cased names known to be people (written with a first name or a personal title, or typed by mentions). */
  readonly persons: ReadonlySet<string>;
  /** Role word → the one full name written with it ("Prime Minister George Papandreou"); empty when several are. */
  readonly titles: ReadonlyMap<string, string>;
  readonly genders: Map<string, Gender>;
}

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

export const lastWord = (name: string): string => {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !SUFFIX.test(w));
  return words[words.length - 1] ?? '';
};

/** Gender hinted by role or title words ("spokeswoman", "Mr") or by a usual given name written as a name ("Jerry"). */
const genderOf = (words: readonly string[], given?: Token): Gender => {
  const first = given && /^\p{Lu}\p{Ll}/u.test(given.text) ? given.normal : '';
  if (words.some((w) => MALE_WORDS.has(w)) || MALE_NAMES.has(first)) return 'm';
  if (words.some((w) => FEMALE_WORDS.has(w)) || FEMALE_NAMES.has(first)) return 'f';
  return null;
};

/**
 * A name run that may stand for a person: not a modifier ("Airbus employee"), not led by an article ("the Red Sox",
 * "a Go-Kart Track"), not in a title-case headline.
 */
export const mentionable = (view: TokenView, runStart: number, nameStart: number, end: number): boolean => {
  const t = view.tokens[nameStart];
  // "Jane Starner lives in …", "Akerson plans to …": after a given name or a sentence's first name, an "-s" word wink
  // calls a noun is the verb
  const opening = GIVEN_NAMES.has(t?.normal ?? '') || sentenceInitial(view.tokens, runStart);
  const verb = opening && /s$/.test(view.tokens[end]?.normal ?? '');
  const modifier = modifierAfter(view, end) && !/^['’]s$/.test(view.tokens[end]?.text ?? '') && !verb;
  const led = ['the', 'a', 'an'].includes(view.tokens[runStart - 1]?.normal ?? '') || t?.pos === 'DET';
  return !modifier && !led && t !== undefined && !view.headlines.has(t.sentence);
};

/** The role word written with a name: the last title word of its run, or a common noun right before it. */
const roleHead = (view: TokenView, start: number, role: readonly [number, number]): string => {
  const before = view.tokens[start - 1];
  if (role[1] > role[0]) return view.tokens[role[1] - 1]?.normal ?? '';
  return before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) ? before.normal : '';
};

export const collectPeople = (view: TokenView, mentions: readonly EntityMention[]): People => {
  const full = new Map<string, string>();
  const first = new Map<string, string>();
  const roles = new Map<string, string>();
  const persons = new Set<string>();
  const genders = new Map<string, Gender>();
  const note = (name: string, person: boolean, gender: Gender): void => {
    const key = lastWord(name);
    if (name.includes(' ') && !full.has(key)) full.set(key, name);
    const given = name.split(' ')[0]?.toLowerCase() ?? '';
    if (person && name.includes(' ')) first.set(given, first.has(given) && first.get(given) !== name ? '' : name);
    if (person) persons.add(name.toLowerCase()).add(key);
    if (gender && !genders.has(key)) genders.set(key, gender);
  };
  for (const m of mentions)
    if (m.type === 'person' || m.type === 'organization') note(m.name, m.type === 'person', null);
  const { tokens } = view;
  for (let i = 0; i < tokens.length; ) {
    const e = runEnd(view, i, tokens.length);
    if (e === i) {
      i++;
      continue;
    }
    const parts = splitRun(view, i, e);
    const [a, b] = parts.name;
    if (b > a && mentionable(view, i, a, e)) {
      const name = tokensText(view, a, b);
      const titles = tokens.slice(Math.max(0, i - 2), a).map((t) => t.normal);
      const orgish = tokens.slice(a, b).some((t) => ORG_SUFFIXES.has(t.normal));
      const words = tokens.slice(a, b).map((t) => t.normal);
      const acronym = tokens.slice(a, b).some((t) => /^[A-Z]{2,}\.?$/.test(t.text));
      const plain = b - a >= 2 && b - a <= 4 && !acronym && !words.some((w) => NOT_PERSON.has(w) || /\d/.test(w));
      const titled = titles.some((w) => HONORIFICS.has(w)) || parts.role[1] > parts.role[0];
      note(name, !orgish && (plain || titled), genderOf(titles, tokens[a]));
      const head = roleHead(view, i, parts.role);
      if (head && b - a >= 2) roles.set(head, roles.has(head) && roles.get(head) !== name ? '' : name);
    }
    i = e;
  }
  return { full, first, persons, genders, titles: roles };
};

/** The fullest form of a name the article writes ("Blinken" → "Antony Blinken", "Elise" → "Elise Matthesen"). */
export const fullName = (people: People, name: string): string =>
  name.includes(' ') ? name : people.full.get(lastWord(name)) || people.first.get(name.toLowerCase()) || name;

/** An acronym or a name holding an organisation or place word ("GM", "Boston Herald", "Fenwick Mills"). */
export const orgLike = (name: string): boolean =>
  /\b[A-Z]{2,}\b/.test(name) ||
  name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => NOT_PERSON.has(w) || ORG_SUFFIXES.has(w));

export const isPerson = (people: People, name: string): boolean =>
  people.persons.has(name.toLowerCase()) || people.persons.has(lastWord(name));

/** The name text and span a phrase writes, with a role phrase's gender hints. */
export const phraseText = (view: TokenView, p: SpeakerPhrase): { text: string; span: Span; gender: Gender } => {
  const first = view.tokens[p.start];
  const last = view.tokens[p.end - 1];
  const span = { start: first?.start ?? 0, end: last?.end ?? 0 };
  const roleWords = p.role ? view.tokens.slice(p.role[0], p.role[1]).map((t) => t.normal) : [];
  const own = view.tokens.slice(Math.max(0, p.start - 1), p.end).map((t) => t.normal);
  const given = p.kind === 'name' ? view.tokens[p.start] : undefined;
  return { text: tokensText(view, p.start, p.end), span, gender: genderOf([...roleWords, ...own], given) };
};
