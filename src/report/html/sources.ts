import type { Report, ReportArticle, ReportStory } from '../contract.js';
import { articlesOf } from '../labels.js';
import type { Citations } from './citations.js';
import { esc, list, section } from './escape.js';

const dated = (a: ReportArticle): string => {
  if (a.published) return esc(a.published);
  return a.referenceDate ? `undated (read as of ${esc(a.referenceDate)})` : 'undated';
};

const source = (a: ReportArticle): string =>
  /^https?:\/\//i.test(a.source) ? `<a href="${esc(a.source)}" rel="noreferrer">${esc(a.source)}</a>` : esc(a.source);

export const sourcesSection = (
  id: string,
  report: Report,
  story: ReportStory,
  cites: Citations,
  labels: ReadonlyMap<string, string>,
): string =>
  section(
    `${id}-sources`,
    'Sources',
    list(
      articlesOf(report, story.articleIds).map((a) => {
        const anchor = cites.articleAnchor(a.id);
        const read = `<a class="read" href="#${anchor}" data-k="${anchor.slice(1)}">read</a>`;
        return `<strong>${esc(labels.get(a.id) ?? a.id)}</strong> — ${esc(a.title ?? '(untitled)')} — ${dated(a)} — ${source(a)} ${read}`;
      }),
      'ol',
    ),
  );

const articleText = (a: ReportArticle, k: number): string =>
  a.sentences.map((s, n) => `<span class="s" id="a${k}-s${n}"><b class="sn">${n + 1}</b> ${esc(s)}</span>`).join(' ');

/** Every article's text, sentence by sentence, so that a citation can open it with its sentence lit. */
export const articlePanel = (report: Report, labels: ReadonlyMap<string, string>): string => {
  const docs = report.articles.map(
    (a, k) =>
      `<article class="doc" id="a${k}"><h3>${esc(labels.get(a.id) ?? a.id)}: ${esc(a.title ?? '(untitled)')}</h3>` +
      `<p class="src">${dated(a)} · ${source(a)}</p><div class="text">${articleText(a, k)}</div></article>`,
  );
  return (
    '<aside id="panel" aria-label="Articles"><div class="panel-bar"><h2 id="panel-title">Articles</h2>' +
    `<button type="button" id="panel-close" aria-label="Close">×</button></div>${docs.join('')}</aside>`
  );
};
