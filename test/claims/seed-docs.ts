import { type AnnotatedArticle, articleId, type Story, storyId } from '../../src/doc/index.js';
import { docOf as baseDocOf, seedFiles } from '../helpers/docs.js';

/** An annotated article with sentences and tokens only: what the claim stage sees before other extractors land. */
export const docOf = (id: string, raw: string, outlet: string | null = null): AnnotatedArticle =>
  baseDocOf(id, raw, { outlet, source: `${id}.txt` });

/** The reference story: the four seed reports, ids "000", "002", ... from their file names. */
export const seedDocs = (): AnnotatedArticle[] => seedFiles().map((f) => docOf(f.name.slice(0, 3), f.raw));

export const storyOf = (docs: readonly AnnotatedArticle[], copies: [string, string][] = []): Story => ({
  id: storyId('story'),
  articleIds: docs.map((d) => d.article.id),
  copies: new Map(copies.map(([copy, original]) => [articleId(copy), articleId(original)])),
});
