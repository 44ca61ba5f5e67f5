import { words } from '../../lexicon/index.js';
/** One word of a quote, with where it sits in the article and the punctuation written right after it. */
export interface Word {
  /** Lower-cased, quote-folded, without inner hyphens or thousands separators ("front-line" → "frontline"). */
  readonly norm: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation between this word and the next ("," "." "" ...). */
  readonly punct: string;
}

const WORD = /[\p{L}\p{N}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

export const normWord = (raw: string): string =>
  raw
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/(?<=\d)[,.](?=\d{3}\b)/g, '')
    .replace(/-/g, '');

/** The words of `text`, which starts at article offset `offset`. */
export const wordsOf = (text: string, offset: number): Word[] => {
  const out: Word[] = [];
  const matches = [...text.matchAll(WORD)];
  matches.forEach((m, k) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const next = matches[k + 1]?.index ?? text.length;
    const punct = text.slice(end, next).replace(/[\s"“”'‘’]/g, '');
    out.push({ norm: normWord(m[0]), raw: m[0], start: offset + start, end: offset + end, punct });
  });
  return out;
};

const STOP = words('function-words/quote-stop-words');

/** Words that carry meaning, used to find candidate pairs quickly. */
export const contentWords = (words: readonly Word[]): Set<string> =>
  new Set(words.map((w) => w.norm).filter((w) => w.length > 2 && !STOP.has(w)));
