import type { Report, ReportArticle, ReportCitation } from './contract.js';

export { articleLabels } from '../doc/labels.js';

/** "[AP ¶3; NPR ¶7]": article label and 1-based sentence number. */
export const citationText = (labels: Map<string, string>, citations: readonly ReportCitation[]): string =>
  citations.length === 0
    ? ''
    : `[${citations.map((c) => `${labels.get(c.articleId) ?? c.articleId} §${c.sentence + 1}`).join('; ')}]`;

export const articlesOf = (report: Report, ids: readonly string[]): ReportArticle[] =>
  ids.flatMap((id) => report.articles.find((a) => a.id === id) ?? []);
