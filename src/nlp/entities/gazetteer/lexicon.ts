import { numberMap, union, words } from '../../../lexicon/index.js';

const nameMonths = words('names/months-that-are-given-names');
const monthsNotNames = [...numberMap('calendar/months').keys()].filter((m) => !nameMonths.has(m));

/** The word lists entities read, as sets keyed by `wordKey` (lower case, no trailing dot). */
export const LEX = {
  coreTitles: words('titles/core-titles'),
  honorifics: words('titles/honorifics'),
  departments: words('titles/departments'),
  roleModifiers: words('titles/role-modifiers'),
  roleNouns: words('titles/role-nouns'),
  orgSuffixes: words('entity-cues/org-suffixes'),
  placeSuffixes: words('entity-cues/place-suffixes'),
  orgOfHeads: words('entity-cues/org-of-heads'),
  placeOfHeads: words('entity-cues/place-of-heads'),
  placePrefixes: words('entity-cues/place-prefixes'),
  orgNouns: words('entity-cues/org-nouns'),
  placeNouns: words('entity-cues/place-nouns'),
  personFollowers: words('entity-cues/person-followers'),
  speechLemmas: union(words('verbs/speech-verbs'), words('verbs/stance-verbs')),
  speechBefore: words('verbs/speech-forms-before-a-speaker'),
  locative: words('entity-cues/locative-prepositions'),
  spatial: words('entity-cues/spatial-prepositions'),
  addressLemmas: words('entity-cues/address-verbs'),
  literalPlaceNouns: words('entity-cues/literal-place-nouns'),
  // Month names that are also given names ("May") end a run only where no given name precedes them.
  stopCaps: union(
    words('entity-cues/stop-caps'),
    monthsNotNames,
    numberMap('calendar/month-abbreviations').keys(),
    numberMap('calendar/weekdays').keys(),
    numberMap('calendar/weekday-abbreviations').keys(),
  ),
  boilerplate: words('entity-cues/boilerplate'),
  nameMonths,
  nameAdjectives: words('entity-cues/name-adjectives'),
  labelStop: words('entity-cues/label-stop'),
  particles: words('names/particles'),
  hyphenTails: words('entity-cues/hyphen-tails'),
  commonAcronyms: words('entity-cues/common-acronyms'),
  commonPlurals: words('entity-cues/common-plurals'),
  institutionRoles: words('entity-cues/institution-roles'),
  orgFollowers: words('entity-cues/org-followers'),
  placeFollowers: words('entity-cues/place-followers'),
  placeModifiers: words('entity-cues/place-modifiers'),
  personPronouns: union(words('gender/male-pronouns'), words('gender/female-pronouns')),
  thingPronouns: new Set(['its', 'itself']) as ReadonlySet<string>,
  designators: words('entity-cues/designators'),
  eventWords: words('entity-cues/event-words'),
  sentFrom: words('entity-cues/sent-from'),
  workNouns: words('entity-cues/work-nouns'),
  stateLemmas: words('entity-cues/state-verbs'),
} as const;
