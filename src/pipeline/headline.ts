import type { AnnotatedArticle } from '../doc/index.js';

const MAX_HEADLINE = 160;

/** The earliest report's title is the plainest statement of the event; later ones are follow-ups and analysis. */
export const storyHeadline = (docs: readonly AnnotatedArticle[]): string => {
  const titled = docs.filter((d) => d.article.title);
  const earliest = titled.reduce<AnnotatedArticle | undefined>((best, d) => {
    if (!best) return d;
    const [a, b] = [d.article.published, best.article.published];
    return a && (!b || a < b) ? d : best;
  }, undefined);
  if (earliest?.article.title) return earliest.article.title;
  const first = docs[0]?.sentences[0]?.text ?? '';
  return first.length <= MAX_HEADLINE ? first : `${first.slice(0, first.lastIndexOf(' ', MAX_HEADLINE))} …`;
};
