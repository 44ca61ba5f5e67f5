import type { AnnotatedArticle, Article } from '../doc/index.js';
import { byCodeUnits, byDate, sortDocs } from './canonical-order.js';

const MAX_HEADLINE = 160;

type Titled = Article & { readonly title: string };

/** Earliest first (undated last); on the same day the shorter title, the plainer one; then the title's own order. */
const earlierAndPlainer = (a: Titled, b: Titled): number =>
  byDate(a.published, b.published) || a.title.length - b.title.length || byCodeUnits(a.title, b.title);

/**
 * The earliest report's title is the plainest statement of the event; later ones are follow-ups and analysis. Ties
 * are settled by the titles themselves, never by which article arrived first.
 */
export const storyHeadline = (docs: readonly AnnotatedArticle[]): string => {
  const titled = docs.flatMap((d) => (d.article.title ? [{ ...d.article, title: d.article.title }] : []));
  const [best] = titled.sort(earlierAndPlainer);
  if (best) return best.title;
  const first = sortDocs(docs)[0]?.sentences[0]?.text ?? '';
  return first.length <= MAX_HEADLINE ? first : `${first.slice(0, first.lastIndexOf(' ', MAX_HEADLINE))} …`;
};
