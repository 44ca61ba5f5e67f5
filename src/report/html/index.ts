import type { Report, ReportStory } from '../contract.js';
import { articleLabels } from '../labels.js';
import { Citations } from './citations.js';
import { consensusSection, differSection, leadParagraph, onlyInSection } from './claims.js';
import { esc } from './escape.js';
import { entitiesSection, numbersSection, quotesSection, timelineSection } from './facts.js';
import { SCRIPT } from './script.js';
import { articlePanel, sourcesSection } from './sources.js';
import { STYLE } from './style.js';

const storyBlock = (
  report: Report,
  story: ReportStory,
  i: number,
  cites: Citations,
  labels: Map<string, string>,
): string => {
  const id = `story${i + 1}`;
  const outlets = new Set(story.articleIds.map((a) => labels.get(a) ?? a)).size;
  return (
    `<article class="story" id="${id}"><h1>${esc(story.headline)}</h1>` +
    `<p class="meta">${story.articleIds.length} article(s) from ${outlets} source(s)</p>` +
    leadParagraph(story, cites) +
    consensusSection(id, story, cites) +
    differSection(id, story, cites) +
    quotesSection(id, story, cites, labels) +
    numbersSection(id, story, cites) +
    timelineSection(id, story, cites) +
    onlyInSection(id, story, cites, labels) +
    entitiesSection(id, story, labels) +
    sourcesSection(id, report, story, cites, labels) +
    '</article>'
  );
};

const contents = (report: Report): string =>
  report.stories.length < 2
    ? ''
    : `<nav class="stories"><h2>${report.stories.length} stories from ${report.articles.length} articles</h2><ol>${report.stories
        .map((s, i) => `<li><a href="#story${i + 1}">${esc(s.headline)}</a></li>`)
        .join('')}</ol></nav>`;

/**
 * The brief as one self-contained HTML page (inline style and script, nothing fetched): every statement cites its
 * sentences as footnotes that open the article with the sentence lit. Article text is escaped, never markup.
 */
export const renderHtml = (report: Report): string => {
  const labels = articleLabels(report.articles);
  const cites = new Citations(report, labels);
  const title = report.stories.length === 1 ? (report.stories[0]?.headline ?? '') : 'News brief';
  const stories = report.stories.map((s, i) => storyBlock(report, s, i, cites, labels)).join('');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(report.generator)}">`,
    `<title>${esc(title)} — Triangulate</title>`,
    `<style>${STYLE}</style></head>`,
    `<body><main>${contents(report)}${stories}</main>${articlePanel(report, labels)}`,
    `<script>${SCRIPT}</script></body></html>`,
    '',
  ].join('\n');
};
