import { looksLikeHeadline } from '../doc/index.js';
import type { ArticleDraft } from './draft.js';
import { normalizePublished } from './published.js';

const DATE_MARK = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
/** A section label is a word or three ("World", "U.S. News") standing above the real headline. */
const MAX_LABEL_WORDS = 3;

interface Line {
  readonly text: string;
  readonly end: number;
}

const leadingLines = (text: string, count: number): Line[] => {
  const lines: Line[] = [];
  let at = 0;
  while (lines.length < count && at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    if (line !== '') lines.push({ text: line, end });
    at = end + 1;
  }
  return lines;
};

/** The seed convention's leading " date YYYY-MM-DD ": the published day, and the text after it. */
export const splitDateMark = (raw: string): { text: string; published: string | null } => {
  const mark = DATE_MARK.exec(raw);
  return { text: mark ? raw.slice(mark[0].length) : raw, published: mark ? normalizePublished(mark[1]) : null };
};

const stripMarkdownHeading = (line: string): string => line.replace(/^#{1,6}\s+/, '');

/**
 * One article per .txt/.md file. A leading " date YYYY-MM-DD " gives the published day; a short first line without
 * closing punctuation is the headline, and a one-to-three-word line above it is a section label, dropped.
 */
export const readPlainText = (raw: string): ArticleDraft => {
  const { published, text } = splitDateMark(raw);
  let body = text;
  let title: string | null = null;
  const [first, second] = leadingLines(body, 2).map((l) => ({ ...l, text: stripMarkdownHeading(l.text) }));
  if (first && looksLikeHeadline(first.text) && second) {
    const isLabel =
      first.text.split(/\s+/).length <= MAX_LABEL_WORDS &&
      looksLikeHeadline(second.text) &&
      second.text.length > first.text.length;
    const headline = isLabel ? second : first;
    title = headline.text;
    body = body.slice(headline.end);
  }
  return { title, published, url: null, outlet: null, text: body.replace(/^\s+/, '').trimEnd() };
};
