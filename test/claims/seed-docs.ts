import {
  type AnnotatedArticle,
  articleId,
  articleLabels,
  type Claim,
  type Story,
  storyId,
} from '../../src/doc/index.js';
import { claimNoteText } from '../../src/report/notes.js';
import { docOf as baseDocOf, seedFiles } from '../helpers/docs.js';

/** An annotated article with sentences and tokens only: what the claim stage sees before other extractors land. */
export const docOf = (id: string, raw: string, outlet: string | null = null): AnnotatedArticle =>
  baseDocOf(id, raw, { outlet, source: `${id}.txt` });

/** The reference story: the four seed reports, ids "000", "002", ... from their file names. */
export const seedDocs = (): AnnotatedArticle[] => seedFiles().map((f) => docOf(f.name.slice(0, 3), f.raw));

export const storyOf = (docs: readonly AnnotatedArticle[], copies: [string, string][] = []): Story => ({
  id: storyId('story'),
  articleIds: docs.map((d) => d.article.id),
  copies: Object.fromEntries(copies.map(([copy, original]) => [articleId(copy), articleId(original)])),
});

/** A claim's notes in the words the brief uses, naming articles as the report does. */
export const noteOf = (claim: Claim | undefined, docs: readonly AnnotatedArticle[]): string | null => {
  const labels = articleLabels(docs.map((d) => d.article));
  return claim ? claimNoteText(claim.notes, (id) => labels.get(id) ?? id) : null;
};
