import type { Report, ReportCitation } from '../contract.js';
import { esc } from './escape.js';

const EXCERPT = 120;

/**
 * Footnote numbers for citations, one per cited sentence in order of first use; each links to the sentence in the
 * article panel (the page script opens it there, and without the script the link still jumps to it).
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly index: Map<string, number>;

  constructor(
    private readonly report: Report,
    private readonly labels: ReadonlyMap<string, string>,
  ) {
    this.index = new Map(report.articles.map((a, k) => [a.id, k]));
  }

  /** The element id of an article (by its position, since ids are free text). */
  articleAnchor(articleId: string): string {
    return `a${this.index.get(articleId) ?? -1}`;
  }

  link(c: ReportCitation): string {
    const k = this.index.get(c.articleId);
    const sentence = k === undefined ? undefined : this.report.articles[k]?.sentences[c.sentence];
    if (k === undefined || sentence === undefined)
      return '<span class="cite missing" title="sentence not found">?</span>';
    const key = `${k}:${c.sentence}`;
    const n = this.numbers.get(key) ?? this.numbers.size + 1;
    this.numbers.set(key, n);
    const excerpt = sentence.length > EXCERPT ? `${sentence.slice(0, EXCERPT)}…` : sentence;
    const title = `${this.labels.get(c.articleId) ?? c.articleId} §${c.sentence + 1}: ${excerpt}`;
    return `<a class="cite" href="#a${k}-s${c.sentence}" data-k="${k}" data-s="${c.sentence}" title="${esc(title)}">${n}</a>`;
  }

  /** "[1, 2]" as superscript footnote links, or nothing when there are no citations. */
  cite(list: readonly ReportCitation[]): string {
    return list.length === 0 ? '' : `<sup class="cites">[${list.map((c) => this.link(c)).join(', ')}]</sup>`;
  }
}
