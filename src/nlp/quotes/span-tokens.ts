import type { MarkedSpan } from './marks.js';
import { sentenceRange, type TokenView, tokenAt } from './tokens.js';

/** Token positions around one quoted span. */
export interface SpanTokens {
  readonly open: number;
  readonly first: number;
  readonly last: number;
  /** The token after the quoted words: the closing mark, or whatever follows an unclosed quote. */
  readonly close: number;
  /** True when `close` is the closing mark itself. */
  readonly closed: boolean;
}

/** The first token after the last quoted one before token i, within its sentence: where a speaker phrase may start. */
export const floorBefore = (view: TokenView, i: number): number => {
  const [start] = sentenceRange(view.tokens, i);
  let floor = i;
  while (floor > start && !view.quoted[floor - 1]) floor--;
  return floor;
};

export const spanTokens = (view: TokenView, span: MarkedSpan): SpanTokens => {
  const first = tokenAt(view.tokens, span.start);
  const close = tokenAt(view.tokens, span.end);
  const mark = view.tokens[close];
  const closed =
    span.closed &&
    mark !== undefined &&
    /^['’"”“„«»]+$/.test(mark.text) &&
    !/\S/.test(view.text.slice(span.end, mark.start));
  // a closer typed as two single marks (`’’`) is two tokens: the second one ends the mark
  const doubled = closed && /^['’]$/.test(mark.text) && view.tokens[close + 1]?.start === mark.end;
  const end = doubled && /^['’]$/.test(view.tokens[close + 1]?.text ?? '') ? close + 1 : close;
  return { open: tokenAt(view.tokens, span.open), first, last: close - 1, close: end, closed };
};
