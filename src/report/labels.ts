import type { Report, ReportArticle, ReportCitation } from './contract.js';

/** A short, unique label per article for citations: its outlet, numbered when an outlet has several. */
export const articleLabels = (articles: readonly ReportArticle[]): Map<string, string> => {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  articles.forEach((a, i) => {
    if (!a.outlet) {
      labels.set(a.id, `A${i + 1}`);
      return;
    }
    const n = (seen.get(a.outlet) ?? 0) + 1;
    seen.set(a.outlet, n);
    labels.set(a.id, (counts.get(a.outlet) ?? 0) > 1 ? `${a.outlet} ${n}` : a.outlet);
  });
  return labels;
};

/** "[AP ¶3; NPR ¶7]": article label and 1-based sentence number. */
export const citationText = (labels: Map<string, string>, citations: readonly ReportCitation[]): string =>
  citations.length === 0
    ? ''
    : `[${citations.map((c) => `${labels.get(c.articleId) ?? c.articleId} §${c.sentence + 1}`).join('; ')}]`;

export const articlesOf = (report: Report, ids: readonly string[]): ReportArticle[] =>
  ids.flatMap((id) => report.articles.find((a) => a.id === id) ?? []);
