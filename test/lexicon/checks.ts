/** Checks over word lists and over source code, kept apart from the tests so each can be shown to fail. */

/** A word list written in code instead of `data/lexicon`. */
export interface CodeList {
  readonly line: number;
  readonly words: readonly string[];
}

/** More plain words than this in one literal collection make it a lexicon, which belongs in `data/lexicon`. */
export const MAX_WORDS_IN_CODE = 8;
/** More alternatives than this in one regex group of plain words make it a lexicon too. */
export const MAX_ALTERNATIVES_IN_CODE = 8;

/** A word of a natural language: letters, lower case somewhere, not a tag ("NOUN") or an identifier ("ENParser"). */
const PLAIN_WORD = /^(?!\p{Lu}+$)(?!\p{Lu}\p{Ll}+\p{Lu})[\p{L}][\p{L}'’.-]*$/u;
const MONTH = /^(january|february|march|april|june|july|august|september|october|november|december)$/i;

const lineAt = (source: string, index: number): number => source.slice(0, index).split('\n').length;

/** Bracketed collections of quoted plain words: `['say', 'tell', ...]`. */
const literalArrays = (source: string): CodeList[] =>
  [...source.matchAll(/\[([^[\]]*)\]/g)].flatMap((m) => {
    const words = [...(m[1] ?? '').matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)]
      .map((w) => w[1] ?? w[2] ?? '')
      .filter((w) => PLAIN_WORD.test(w));
    return words.length > MAX_WORDS_IN_CODE ? [{ line: lineAt(source, m.index), words }] : [];
  });

/** String literals of lower-case words made into a list (`wordSet('say ...')`, `'say ...'.split(' ')`) or kept as one. */
const LISTED_STRING = new RegExp(
  [
    /\b\w*(?:[Ss]et|[Ll]ist|[Ww]ords)\(\s*(?:`([^`$]*)`|'([^'\n]*)')/.source,
    /(?:`([^`$]*)`|'([^'\n]*)')(?=\s*(?:\.trim\(\))?\s*\.split\()/.source,
    /\bconst [A-Z][A-Z0-9_]*(?:: [^=]+)? = (?:`([^`$]*)`|'([^'\n]*)')/.source,
  ].join('|'),
  'g',
);

const wordStrings = (source: string): CodeList[] =>
  [...source.matchAll(LISTED_STRING)].flatMap((m) => {
    const words = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').split(/\s+/).filter((w) => w.length > 0);
    const plain = words.every((w) => /^[\p{Ll}][\p{Ll}'’.-]*$/u.test(w));
    return plain && words.length > MAX_WORDS_IN_CODE ? [{ line: lineAt(source, m.index), words }] : [];
  });

/** Regex alternations of plain words, and any alternation naming two months: `(monday|tuesday|...)`. */
const alternations = (source: string): CodeList[] =>
  [...source.matchAll(/[\p{L}\\.?]+(?:\|[\p{L}\\.?' ]+)+/gu)].flatMap((m) => {
    const words = m[0].split('|').map((w) => w.replace(/\\\.|\\b|\?|\./g, ''));
    const plain = words.filter((w) => PLAIN_WORD.test(w));
    const months = plain.filter((w) => MONTH.test(w)).length;
    return plain.length > MAX_ALTERNATIVES_IN_CODE || months >= 2
      ? [{ line: lineAt(source, m.index), words: plain }]
      : [];
  });

/** Every word list a source file defines in code. */
export const codeLists = (source: string): CodeList[] =>
  [...literalArrays(source), ...wordStrings(source), ...alternations(source)].sort((a, b) => a.line - b.line);

/** Entries that occur more than once in a list once normalised. */
export const duplicateEntries = (entries: readonly string[], normalise: (s: string) => string): string[] => {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const e of entries) {
    const key = normalise(e);
    if (seen.has(key)) dup.add(key);
    seen.add(key);
  }
  return [...dup].sort();
};

/** Words that two lists of one kind both claim: `word → [list, list]`. */
export const sharedEntries = (
  lists: ReadonlyMap<string, readonly string[]>,
  normalise: (s: string) => string,
): Map<string, string[]> => {
  const owners = new Map<string, string[]>();
  for (const [name, entries] of lists) {
    for (const key of new Set(entries.map(normalise))) owners.set(key, [...(owners.get(key) ?? []), name]);
  }
  return new Map([...owners].filter(([, names]) => names.length > 1));
};
