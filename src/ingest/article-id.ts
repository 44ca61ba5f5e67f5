import { createHash } from 'node:crypto';
import { type ArticleId, articleId } from '../doc/index.js';

/** A content hash: the same article read twice, from anywhere, gets the same id. */
export const contentId = (title: string | null, text: string): ArticleId =>
  articleId(
    createHash('sha256')
      .update(`${title ?? ''}\u0000${text.trim()}`)
      .digest('hex')
      .slice(0, 16),
  );
