import type { AnnotatedArticle, ArticleId, EntityType } from '../../doc/index.js';
import { annotationsOf } from '../../doc/index.js';
import { nameParts, normalizeKey } from '../../nlp/entities/index.js';

/** One entity mention with what merging needs: its article and its comparison key. */
export interface Mention {
  readonly articleId: ArticleId;
  readonly name: string;
  readonly key: string;
  /** The key's words, without "Jr." and the like. */
  readonly parts: readonly string[];
  readonly type: EntityType;
  readonly role: string | null;
  /** Written in capitals only (a transcript label): no evidence of spelling case. */
  readonly caps: boolean;
}

export const collectMentions = (docs: readonly AnnotatedArticle[]): Mention[] =>
  docs.flatMap((doc) =>
    annotationsOf(doc, 'entity').map((m) => {
      const key = normalizeKey(m.name);
      return {
        articleId: doc.article.id,
        name: m.name,
        key,
        parts: nameParts(key),
        type: m.type,
        role: m.role,
        caps: !/\p{Ll}/u.test(m.name),
      };
    }),
  );
