import type { ArticleDraft } from './draft.js';

/** What a reader returns: the articles it found and the entries it could not read. */
export interface FormatResult {
  readonly drafts: readonly ArticleDraft[];
  readonly rejected: readonly Error[];
}
