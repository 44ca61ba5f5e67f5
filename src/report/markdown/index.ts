import type { Report } from '../contract.js';
import { articleLabels } from '../labels.js';
import { md } from './escape.js';
import {
  consensusSection,
  differSection,
  entitiesSection,
  leadSection,
  numbersSection,
  onlyInSection,
  quotesSection,
  sourcesSection,
  timelineSection,
} from './sections.js';

/** The brief as Markdown: every line carries its citations as [outlet §sentence]. */
export const renderMarkdown = (report: Report): string => {
  // Labels are outlet names from the input, so they are escaped once here for every section that prints them.
  const labels = new Map([...articleLabels(report.articles)].map(([id, label]) => [id, md(label)]));
  const out: string[] = [];
  if (report.stories.length > 1)
    out.push(`# ${report.stories.length} stories from ${report.articles.length} articles`, '');
  for (const story of report.stories) {
    out.push(`## ${md(story.headline)}`, '');
    out.push(`${story.articleIds.length} article(s).`, '');
    out.push(
      ...leadSection(story, labels),
      ...consensusSection(story, labels),
      ...differSection(story, labels),
      ...quotesSection(story, labels),
      ...numbersSection(story, labels),
      ...timelineSection(story, labels),
      ...onlyInSection(story, labels),
      ...entitiesSection(story, labels),
      ...sourcesSection(report, story, labels),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
};
