import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';

/** Letters, digits, currency signs and joiners that make a match part of a bigger token ("B-17", "$2009", "A2010"). */
const GLUED = /[\p{L}\p{N}_$£€#]/u;
/** A hyphen glues too, except between two numbers ("2025-2027"). */
const isGlued = (text: string, index: number): boolean => {
  const before = text[index - 1];
  if (before === undefined) return false;
  return GLUED.test(before) || (before === '-' && !/\d/.test(text[index - 2] ?? ''));
};

/**
 * A chrono parser whose match must start a word; chrono runs patterns on the text after the previous match, so a
 * look-behind cannot see what precedes and the check is done on the full text instead.
 */
export const boundedParser = (
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray, index: number) => ParsingResult | null,
): Parser => ({
  pattern: () => pattern,
  extract: (context, match) => {
    const index = match.index ?? 0;
    return isGlued(context.text, index) ? null : extract(context, match, index);
  },
});

export const RELATIVE_TAG = 'triangulate/relative';
export const SEASON_TAG = 'triangulate/season';
