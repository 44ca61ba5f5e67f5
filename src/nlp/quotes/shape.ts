/** How quoted words look: counted, capitalised like a title, punctuated like speech. */
import { words as wordList } from '../../lexicon/index.js';

const FUNCTION_WORDS = wordList('function-words/title-case-small-words');
export const MAX_TITLE_WORDS = 15;

const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d#@]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);

export const wordCount = (s: string): number => words(s).length;

/** Capitalised like a title, a name or a nickname ("American Pie", "Big Three"), rather than like speech. */
export const titleLike = (s: string): boolean => {
  const ws = words(s);
  if (ws.length === 0 || ws.length > MAX_TITLE_WORDS) return false;
  return ws.every((w, i) => /^[\p{Lu}\d#@]/u.test(w) || (i > 0 && FUNCTION_WORDS.has(w.toLowerCase())));
};

/** Ends the way speech does inside its marks (a comma before the attribution, or a full stop). */
export const endsLikeSpeech = (s: string): boolean => /[.!?,;…]$/.test(s.trim());
