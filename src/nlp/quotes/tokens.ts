import type { Token } from '../../doc/index.js';
import { repairSentences } from './sentence-repair.js';

/** The tokens of one article with the lookups every quote stage needs. */
export interface TokenView {
  readonly text: string;
  /** The tokens, with sentences wrongly cut at abbreviations joined again (see `repairSentences`). */
  readonly tokens: readonly Token[];
  /** The tokens as given, whose sentence numbers are those of the article's sentences. */
  readonly source: readonly Token[];
  /** Lower-cased words seen capitalised away from a sentence start: evidence that a word is a name. */
  readonly nameWords: ReadonlySet<string>;
  /** Token indexes that lie inside quotation marks (marks included), so attribution never reads quoted words. */
  readonly quoted: Uint8Array;
  /** Sentences written in title case (headlines), whose capitals say nothing about names. */
  readonly headlines: ReadonlySet<number>;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "''"]);

export const isMark = (t: Token | undefined): boolean => t !== undefined && DOUBLE_MARKS.has(t.text);

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** True when token i opens its sentence or a quotation (capitals there say nothing about names). */
export const sentenceInitial = (tokens: readonly Token[], i: number): boolean => {
  // a loop, not recursion, back over marks glued to what follows them: a run of marks may be thousands long
  for (let k = i; ; k--) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    if (!prev || !t || prev.sentence !== t.sentence) return true;
    if (!isMark(prev) || prev.end !== t.start) return false;
    if (tokens[k - 2]?.end !== prev.start) return true;
  }
};

const MIN_HEADLINE_WORDS = 4;

/** Sentences where nearly every word is capitalised, as headlines are. */
const titleCased = (tokens: readonly Token[]): Set<number> => {
  const counts = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.text) || t.text.length < 4) continue;
    const [caps, all] = counts.get(t.sentence) ?? [0, 0];
    counts.set(t.sentence, [caps + (isCapitalised(t) ? 1 : 0), all + 1]);
  }
  return new Set(
    [...counts].filter(([, [caps, all]]) => all >= MIN_HEADLINE_WORDS && caps >= 0.8 * all).map(([s]) => s),
  );
};

export const buildView = (text: string, source: readonly Token[]): TokenView => {
  const tokens = repairSentences(text, source);
  const headlines = titleCased(tokens);
  const nameWords = new Set<string>();
  tokens.forEach((t, i) => {
    const initial = sentenceInitial(tokens, i) || headlines.has(t.sentence);
    if (isCapitalised(t) && !initial && t.pos !== 'PRON') nameWords.add(t.normal);
  });
  return { text, tokens, source, nameWords, quoted: new Uint8Array(tokens.length), headlines };
};

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export const tokenAt = (tokens: readonly Token[], offset: number): number => {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const boundsCache = new WeakMap<readonly Token[], Map<number, [number, number]>>();

/** Token index range [first, end) of every sentence, computed once per token list. */
const sentenceBounds = (tokens: readonly Token[]): Map<number, [number, number]> => {
  const cached = boundsCache.get(tokens);
  if (cached) return cached;
  const bounds = new Map<number, [number, number]>();
  tokens.forEach((t, i) => {
    const b = bounds.get(t.sentence);
    if (b) b[1] = i + 1;
    else bounds.set(t.sentence, [i, i + 1]);
  });
  boundsCache.set(tokens, bounds);
  return bounds;
};

/** Token index range [first, end) of the sentence holding token i. */
export const sentenceRange = (tokens: readonly Token[], i: number): [number, number] => {
  const t = tokens[Math.min(Math.max(i, 0), tokens.length - 1)];
  const b = t ? sentenceBounds(tokens).get(t.sentence) : undefined;
  return b ? [b[0], b[1]] : [i, i];
};

/** True when no line break separates the two tokens' texts (same paragraph). */
export const sameParagraph = (view: TokenView, a: number, b: number): boolean => {
  const x = view.tokens[a];
  const y = view.tokens[b];
  if (!x || !y) return false;
  return !view.text.slice(Math.min(x.end, y.start), Math.max(x.end, y.start)).includes('\n');
};
