import {
  GAZETTEERS,
  type GazetteerName,
  NUMBER_MAPS,
  type NumberMapName,
  TEXT_MAPS,
  type TextMapName,
  WORD_LISTS,
  type WordListName,
} from './lists.js';
import { parsePair, readList } from './read.js';

/** One gazetteer line: its names (the first is canonical) and, for countries and regions, its demonyms. */
export interface GazetteerRow {
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
}

const pieces = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** `Name|alias=Demonym|Demonym` as its names and demonyms. */
export const parseGazetteerLine = (line: string): GazetteerRow => {
  const [names = '', demonyms = ''] = line.split('=');
  return Object.freeze({ names: Object.freeze(pieces(names)), demonyms: Object.freeze(pieces(demonyms)) });
};

const numberValue = (name: string, [key, value]: readonly [string, string]): [string, number] => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`data/lexicon/${name}.tsv: "${key}" has "${value}", not a number`);
  return [key, n];
};

const pairs = (name: string): (readonly [string, string])[] =>
  readList(name, 'tsv').map((line) => parsePair(line, `data/lexicon/${name}.tsv`));

// Read once, when the module loads: every stage shares these objects.
const wordLists = new Map(WORD_LISTS.map((n) => [n, new Set(readList(n, 'txt')) as ReadonlySet<string>]));
const gazetteers = new Map(GAZETTEERS.map((n) => [n, Object.freeze(readList(n, 'txt').map(parseGazetteerLine))]));
const numberMaps = new Map(
  NUMBER_MAPS.map((n) => [n, new Map(pairs(n).map((p) => numberValue(n, p))) as ReadonlyMap<string, number>]),
);
const textMaps = new Map(TEXT_MAPS.map((n) => [n, new Map(pairs(n)) as ReadonlyMap<string, string>]));

const get = <K, V>(lists: ReadonlyMap<K, V>, name: K): V => {
  const list = lists.get(name);
  if (list === undefined) throw new Error(`no word list named ${String(name)}`);
  return list;
};

/** The words of `data/lexicon/<name>.txt`. */
export const words = (name: WordListName): ReadonlySet<string> => get(wordLists, name);

/** The entries of `data/lexicon/<name>.txt`, a gazetteer. */
export const gazetteer = (name: GazetteerName): readonly GazetteerRow[] => get(gazetteers, name);

/** The word → number map of `data/lexicon/<name>.tsv`. */
export const numberMap = (name: NumberMapName): ReadonlyMap<string, number> => get(numberMaps, name);

/** The word → text map of `data/lexicon/<name>.tsv`. */
export const textMap = (name: TextMapName): ReadonlyMap<string, string> => get(textMaps, name);
