import type { Sentence, Token } from '../doc/index.js';
import type { TokenRun } from './tokens.js';

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Sentence spans: wink's boundaries, then every line break is a boundary too (headlines, datelines and transcript
 * labels are units of their own), and a closing quotation mark stays with the sentence it closes.
 */
export const splitSentences = (text: string, run: TokenRun): { sentences: Sentence[]; tokens: Token[] } => {
  const { tokens } = run;
  const groups: Token[][] = [];
  let current: Token[] = [];
  let lastSentence = -1;
  for (const token of tokens) {
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const newLine = gap.includes('\n');
    const winkBreak = previous !== undefined && token.sentence !== lastSentence;
    const closesPrevious = winkBreak && !newLine && CLOSERS.has(token.text) && gap === '' && isOpenQuote(current);
    if (previous && (newLine || (winkBreak && !closesPrevious))) {
      groups.push(current);
      current = [];
    }
    current.push(token);
    if (!closesPrevious) lastSentence = token.sentence;
  }
  if (current.length > 0) groups.push(current);
  return build(text, mergeStrayClosers(groups).flatMap(capped));
};

/** No real sentence is this long (news tops out near 100 tokens); cutting keeps per-sentence work bounded. */
const MAX_SENTENCE_TOKENS = 300;

const capped = (group: Token[]): Token[][] => {
  if (group.length <= MAX_SENTENCE_TOKENS) return [group];
  const parts: Token[][] = [];
  for (let k = 0; k < group.length; k += MAX_SENTENCE_TOKENS) parts.push(group.slice(k, k + MAX_SENTENCE_TOKENS));
  return parts;
};

/** True when the run has an odd number of double quotation marks, i.e. one is still open. */
const isOpenQuote = (run: Token[]): boolean => {
  let open = 0;
  for (const t of run) {
    if (t.text === '“') open++;
    else if (t.text === '”') open--;
    else if (t.text === '"') open += open > 0 ? -1 : 1;
  }
  return open > 0;
};

/** A group made only of closing punctuation joins the group before it on the same line. */
const mergeStrayClosers = (groups: Token[][]): Token[][] => {
  const out: Token[][] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    const first = g[0];
    const prevLast = prev?.[prev.length - 1];
    if (prev && first && prevLast && g.every((t) => CLOSERS.has(t.text)) && first.start === prevLast.end) {
      for (const t of g) prev.push(t);
    } else out.push(g);
  }
  return out;
};

const build = (text: string, groups: Token[][]): { sentences: Sentence[]; tokens: Token[] } => {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const g of groups) {
    const first = g[0];
    const last = g[g.length - 1];
    if (!first || !last) continue;
    const index = sentences.length;
    sentences.push({ index, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    for (const t of g) tokens.push({ ...t, sentence: index });
  }
  return { sentences, tokens };
};
