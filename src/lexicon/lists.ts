/** Every list in `data/lexicon`, by shape: a misspelt name is a compile error, a missing file a load error. */

/** Sets of words or marks: `kind/name.txt`, one entry a line. */
export const WORD_LISTS = [
  'entity-cues/address-verbs',
  'entity-cues/boilerplate',
  'entity-cues/common-acronyms',
  'entity-cues/common-plurals',
  'entity-cues/designators',
  'entity-cues/event-words',
  'entity-cues/hyphen-tails',
  'entity-cues/institution-roles',
  'entity-cues/label-stop',
  'entity-cues/literal-place-nouns',
  'entity-cues/locative-prepositions',
  'entity-cues/name-adjectives',
  'entity-cues/org-followers',
  'entity-cues/org-nouns',
  'entity-cues/org-of-heads',
  'entity-cues/org-suffixes',
  'entity-cues/person-followers',
  'entity-cues/place-followers',
  'entity-cues/place-modifiers',
  'entity-cues/place-nouns',
  'entity-cues/place-of-heads',
  'entity-cues/place-prefixes',
  'entity-cues/place-suffixes',
  'entity-cues/sent-from',
  'entity-cues/spatial-prepositions',
  'entity-cues/state-verbs',
  'entity-cues/stop-caps',
  'entity-cues/work-nouns',
  'figures/left-skips',
  'figures/neutral-qualifiers',
  'figures/open-caps',
  'figures/relative-time-words',
  'figures/span-nouns',
  'figures/time-heads',
  'function-words/determiners',
  'function-words/qualifying-prepositions',
  'function-words/quote-stop-words',
  'function-words/skipped-adverbs',
  'gender/female-given-names',
  'gender/female-pronouns',
  'gender/female-words',
  'gender/male-given-names',
  'gender/male-pronouns',
  'gender/male-words',
  'names/given-names',
  'names/months-that-are-given-names',
  'names/particles',
  'names/surnames-first',
  'numbers/vague-quantifiers',
  'punctuation/dashes',
  'punctuation/hyphens',
  'quote-cues/cue-fillers',
  'quote-cues/institutions',
  'quote-cues/naming-verbs',
  'quote-cues/not-person',
  'quote-cues/org-closers',
  'quote-cues/speaker-heads',
  'quote-cues/term-markers',
  'quote-cues/time-words',
  'titles/core-titles',
  'titles/departments',
  'titles/honorifics',
  'titles/role-modifiers',
  'titles/role-nouns',
  'titles/weak-titles',
  'titles/words-before-a-name',
  'transcripts/narrator-roles',
  'transcripts/not-speakers',
  'units/percent-words',
  'units/rate-nouns',
  'verbs/change-verbs',
  'verbs/measure-verbs',
  'verbs/source-verbs-before-a-clause',
  'verbs/source-verbs',
  'verbs/speech-forms-before-a-speaker',
  'verbs/speech-verbs-inverting',
  'verbs/speech-verbs',
  'verbs/stance-verbs',
] as const;

/** Known names: `gazetteer/name.txt`, one `Canonical|alias=Demonym` entry a line. */
export const GAZETTEERS = [
  'gazetteer/buildings',
  'gazetteer/capitals',
  'gazetteer/cities',
  'gazetteer/companies',
  'gazetteer/countries',
  'gazetteer/events',
  'gazetteer/media',
  'gazetteer/organizations',
  'gazetteer/regions',
  'gazetteer/sports',
] as const;

/** Words with a number: `kind/name.tsv`, `word<TAB>number` a line. */
export const NUMBER_MAPS = [
  'calendar/month-abbreviations',
  'calendar/months',
  'calendar/weekday-abbreviations',
  'calendar/weekdays',
  'numbers/ones',
  'numbers/scale-abbreviations',
  'numbers/scales',
  'numbers/tens',
  'numbers/vague-plurals',
] as const;

/** Words with a canonical form: `kind/name.tsv`, `word<TAB>text` a line. */
export const TEXT_MAPS = [
  'hedges/after-a-figure',
  'hedges/before-a-figure',
  'units/currency-prefixes',
  'units/currency-words',
  'units/measure-units',
  'units/rate-adverbs',
  'units/time-units',
] as const;

export type WordListName = (typeof WORD_LISTS)[number];
export type GazetteerName = (typeof GAZETTEERS)[number];
export type NumberMapName = (typeof NUMBER_MAPS)[number];
export type TextMapName = (typeof TEXT_MAPS)[number];

/** Kinds whose lists must not share an entry: a name is one kind of place or body, a given name one gender. */
export const EXCLUSIVE_KINDS: readonly string[] = ['gazetteer', 'gender', 'calendar', 'numbers'];
