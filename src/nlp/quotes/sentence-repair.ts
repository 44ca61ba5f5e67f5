import type { Token } from '../../doc/index.js';

/** An initial or a short abbreviation ending a sentence ("R-W.", "Inc.", "N.C."), which may not end it at all. */
const abbreviation = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t) return false;
  if (/^(\p{Lu}\.)+$|^\p{Lu}\p{Ll}{1,3}\.$/u.test(t.text)) return true;
  const initial = tokens[i - 1];
  return t.text === '.' && initial !== undefined && /^\p{Lu}$/u.test(initial.text) && initial.end === t.start;
};

/** A sentence that goes on from the one before: lower case, punctuation, or an abbreviation and a comma ("Va., said"). */
const continuation = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t) return false;
  if (/^[\p{Ll},;:)\]]/u.test(t.text)) return true;
  return /^\p{Lu}\p{Ll}{0,4}\.$/u.test(t.text) && tokens[i + 1]?.text === ',';
};

/**
 * The tokens with wink's sentence cuts at abbreviations undone ("said Rep. X, R-W. | Va., at a town hall"), so that
 * attribution reads the whole sentence; sentence numbers are renumbered to stay consecutive.
 */
export const repairSentences = (text: string, tokens: readonly Token[]): Token[] => {
  let merged = 0;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const cut = prev !== undefined && prev.sentence !== t.sentence;
    const sameLine = prev !== undefined && !text.slice(prev.end, t.start).includes('\n');
    if (cut && sameLine && abbreviation(tokens, i - 1) && continuation(tokens, i)) merged++;
    return merged ? { ...t, sentence: t.sentence - merged } : t;
  });
};
