const APOSTROPHES = /[‘’‛`´]/g;

const ASCII = /^[\x20-\x7e]*$/;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

const fold = (name: string): string =>
  (ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/[-‐‑]/g, ' ')
    .replace(/\s&\s/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

/** The form names are compared by: accent-free, lower case, no dots, hyphens as spaces, "&" as "and", no "the". */
export const normalizeKey = (name: string): string => {
  let key = cache.get(name);
  if (key === undefined) {
    // Names repeat across a corpus; the bound keeps a long-running process from growing without end.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = fold(name);
    cache.set(name, key);
  }
  return key;
};

/** A word as the lexicons store it: lower case, no trailing dot. */
export const wordKey = (word: string): string => word.toLowerCase().replace(APOSTROPHES, "'").replace(/\.$/, '');

/** True when the word has letters and none of them is lower case ("KELEMEN", "U.S."). */
export const isAllCaps = (word: string): boolean => /\p{L}/u.test(word) && !/\p{Ll}/u.test(word);

export const startsUpper = (word: string): boolean => {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
};
