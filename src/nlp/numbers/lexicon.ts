/** Spelled-out numbers, magnitudes and calendar words used to read and to reject figures. */

/** A set from a space-separated word list, so long lexicons stay readable. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const UNITS_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  crore: 1e7,
  lakh: 1e5,
};

/** Abbreviated magnitudes ("$1.2m", "£5bn"): read only after a currency, where they cannot be metres or bytes. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
};

/** Verbs of change: "rose from 10 to 12" reports two figures, not a range. */
export const CHANGE_VERBS = wordSet(
  'rise increase grow climb jump fall drop decline decrease double surge soar sink plunge shrink go raise cut reduce ' +
    'lower boost swell revise',
);

/** Plural magnitudes that stand for an unstated count ("thousands of", "tens of thousands"). */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** Quantifiers that leave the multiplier's count open ("several thousand", "a few hundred"). */
export const VAGUE_QUANTIFIERS = new Set(['several', 'few', 'couple', 'many']);

export const MONTHS = wordSet(
  'january february march april may june july august september october november december jan feb mar ' +
    'apr jun jul aug sep sept oct nov dec',
);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A token's bare word, lower-cased and without a trailing abbreviation dot ("Oct." → "oct"). */
export const bare = (normal: string): string => normal.replace(/\.$/, '');

export const isMonth = (normal: string): boolean => MONTHS.has(bare(normal));

/** True for month and weekday names, the words that make a nearby number a date. */
export const isCalendarWord = (normal: string): boolean => MONTHS.has(bare(normal)) || WEEKDAYS.has(bare(normal));

/** A phrase built from `VAGUE_PLURALS` or `VAGUE_QUANTIFIERS`: the aligner leaves these out of side-by-side figures. */
export const isVagueText = (text: string): boolean =>
  !/\d/.test(text) &&
  /\b(dozens|hundreds|thousands|millions|billions|several|few|couple|many)\b/i.test(text) &&
  !/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(text);
