/** The word lists quote attribution reads, from `data/lexicon`: general English news usage, nothing story-specific. */
import { numberMap, union, words } from '../../lexicon/index.js';

/** Lemmas of verbs that report speech or writing ("said", "told", "added", "condemned ... as"). */
export const CUE_LEMMAS = words('verbs/speech-verbs');

/** Verbs that report speech only with their particle ("pointed out", "as X put it"). */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'],
  ['put', 'it'],
]);

export const INVERTING_LEMMAS = words('verbs/speech-verbs-inverting');
export const NAMING_LEMMAS = words('quote-cues/naming-verbs');
export const TERM_MARKERS = words('quote-cues/term-markers');
export const ROLE_HEADS = words('quote-cues/speaker-heads');
export const TITLE_WORDS = words('titles/words-before-a-name');
export const WEAK_TITLES = words('titles/weak-titles');
export const HONORIFICS = words('titles/honorifics');
export const ORG_SUFFIXES = words('quote-cues/org-closers');

export const MALE_PRONOUNS = words('gender/male-pronouns');
export const FEMALE_PRONOUNS = words('gender/female-pronouns');
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export const MALE_WORDS = words('gender/male-words');
export const FEMALE_WORDS = words('gender/female-words');
export const MALE_NAMES = words('gender/male-given-names');
export const FEMALE_NAMES = words('gender/female-given-names');
/** Given names of any gender: a capitalised run that opens with one is a person's name. */
export const GIVEN_NAMES = words('names/given-names');

export const NARRATOR_ROLES = words('transcripts/narrator-roles');
export const NOT_SPEAKERS = words('transcripts/not-speakers');
export const CUE_FILLERS = words('quote-cues/cue-fillers');
/** Day and time words that may sit between a speaker and the cue ("X on Thursday said"). */
export const TIME_WORDS = union(words('quote-cues/time-words'), numberMap('calendar/weekdays').keys());
export const NAME_PARTICLES = words('names/particles');
export const NOT_PERSON = words('quote-cues/not-person');
export const INSTITUTIONS = words('quote-cues/institutions');
