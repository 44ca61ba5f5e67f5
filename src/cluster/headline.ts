import type { AnnotatedArticle, Token } from '../doc/index.js';
import { tokenize } from '../nlp/tokens.js';

/** How far into the text a headline that was left in the body may start (after a source line or a kicker). */
const OPENING_CHARS = 300;

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline's tokens when the article carries its title apart from the text (readers strip it from the body),
 * else none: the headline names the event most plainly, so it counts as lead. A title the text opens with anyway
 * is already among the text's tokens.
 */
export const headlineTokens = (doc: AnnotatedArticle): Token[] => {
  const title = doc.article.title?.trim() ?? '';
  const key = squash(title);
  if (key === '' || squash(doc.article.text.slice(0, title.length + OPENING_CHARS)).includes(key)) return [];
  return tokenize(title).tokens;
};
