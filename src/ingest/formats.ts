import { readFeed } from './feed.js';
import type { FormatResult } from './format-result.js';
import { readHtml } from './html.js';
import { readJson, readJsonLines } from './json-articles.js';
import { readPlainText } from './plain-text.js';
import { sniffMarkup } from './sniff.js';

export type Format = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const formatOfPath = (path: string): Format | null => {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[path.slice(dot).toLowerCase()] ?? null);
};

/** For standard input and extension-less URLs: guess from the first non-blank characters. */
export const sniffFormat = (text: string): Format => {
  const markup = sniffMarkup(text);
  if (markup) return markup;
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /^\{[^\n]*\}\s*\n\s*\{/.test(start) ? 'jsonl' : 'json';
  return 'text';
};

export const readFormat = (format: Format, text: string, input: string): FormatResult => {
  switch (format) {
    case 'text':
      return { drafts: [readPlainText(text)], rejected: [] };
    case 'json':
      return readJson(text, input);
    case 'jsonl':
      return readJsonLines(text, input);
    case 'html':
      return { drafts: [readHtml(text, input)], rejected: [] };
    case 'feed':
      return readFeed(text, input);
  }
};
