import type { Article } from '../doc/index.js';
import { contentId } from './article-id.js';
import type { InputNote } from './errors.js';
import { outletFromText, outletFromUrl } from './outlet.js';

/** What a reader knows about an article before ids and outlet inference. */
export interface ArticleDraft {
  readonly id?: string | undefined;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly text: string;
  /** What the reader repaired or dropped on the way, such as a date it could not use. */
  readonly notes?: readonly InputNote[] | undefined;
}

/** Completes a draft: metadata first, then the URL host, then the text's own sign-off. */
export const finishArticle = (source: string, draft: ArticleDraft): Article => ({
  id: draft.id ? (draft.id as Article['id']) : contentId(draft.title, draft.text),
  source,
  outlet: draft.outlet ?? outletFromUrl(draft.url) ?? outletFromText(draft.text),
  title: draft.title,
  published: draft.published,
  url: draft.url,
  text: draft.text,
});
