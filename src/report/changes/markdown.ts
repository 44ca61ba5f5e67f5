import type { Report, ReportCitation, ReportDisagreement } from '../contract.js';
import { articleLabels, citationText } from '../labels.js';
import { md } from '../markdown/escape.js';
import { quantityText } from '../quantity-text.js';
import type { StoryChanges } from './diff.js';

const disagreementLine = (d: ReportDisagreement): string =>
  `- ${md(d.about)}: ${d.values.map((v) => String(v.value)).join(' vs ')}`;

const section = (title: string, lines: readonly string[]): string[] =>
  lines.length === 0 ? [] : [`## ${title} (${lines.length})`, '', ...lines, ''];

/** What changed in a story, for people: each new line carries its citations into the latest version. */
export const renderChangesMarkdown = (changes: StoryChanges, latest: Report): string => {
  const labels = articleLabels(latest.articles);
  const cite = (c: readonly ReportCitation[]): string => (c.length === 0 ? '' : ` ${citationText(labels, c)}`);
  const headline = latest.stories[0]?.headline ?? changes.storyId;
  const from = changes.fromVersion === 0 ? 'its start' : `version ${changes.fromVersion}`;
  const body = [
    ...section(
      'New articles',
      changes.articlesAdded.map((id) => {
        const a = latest.articles.find((x) => x.id === id);
        const parts = [labels.get(id) ?? id, a?.title ? md(a.title) : null, a?.published ?? null];
        return `- ${parts.filter((p) => p !== null).join(' — ')}`;
      }),
    ),
    ...section(
      'New claims',
      changes.claims.added.map((c) => `- ${md(c.text)} (${c.status})${cite(c.citations)}`),
    ),
    ...section(
      'Claims whose status moved',
      changes.claims.statusChanged.map((c) => `- ${md(c.text)}: ${c.from} → ${c.to}${cite(c.citations)}`),
    ),
    ...section(
      'New numbers',
      changes.numbers.added.map((n) => `- ${quantityText(n)} ${md(n.what)}${cite(n.citations)}`),
    ),
    ...section(
      'New quotes',
      changes.quotes.added.map((q) => `- ${q.speaker ? `${md(q.speaker)}: ` : ''}“${md(q.text)}”${cite(q.citations)}`),
    ),
    ...section('New disagreements', changes.disagreements.added.map(disagreementLine)),
    ...section('Disagreements that changed', changes.disagreements.changed.map(disagreementLine)),
  ];
  const summary =
    changes.toVersion === changes.fromVersion ? 'Nothing changed.' : `From ${from} to version ${changes.toVersion}.`;
  return `${[`# What changed: ${md(headline)}`, '', `Story ${changes.storyId}. ${summary}`, '', ...body].join('\n').trimEnd()}\n`;
};
