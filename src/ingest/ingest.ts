import type { Article, Diagnostic } from '../doc/index.js';
import { decodeText, normalizeText } from './decode.js';
import { finishArticle } from './draft.js';
import { InputError } from './errors.js';
import { type Format, formatOfPath, readFormat, sniffFormat } from './formats.js';
import { MIN_ARTICLE_CHARS } from './limits.js';
import { readFileBytes, readStreamBytes } from './read-bytes.js';
import { describeSource, expandInputs, type Source } from './sources.js';

export interface IngestOptions {
  /** Standard input, for the `-` input. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Fetches a URL input; the network layer lives outside the pure readers. */
  readonly fetchUrl?: (url: string) => Promise<{ bytes: Uint8Array; format: Format | null; finalUrl: string }>;
}

export interface IngestResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
}

const skipped = (input: string, reason: string): Diagnostic => ({ input, reason, severity: 'skipped' });

const loadSource = async (
  source: Source,
  options: IngestOptions,
): Promise<{ bytes: Uint8Array; format: Format | null; url: string | null }> => {
  switch (source.kind) {
    case 'file':
      return { bytes: await readFileBytes(source.path), format: formatOfPath(source.path), url: null };
    case 'stdin':
      if (!options.stdin) throw new InputError('<stdin>', 'standard input is not available');
      return { bytes: await readStreamBytes('<stdin>', options.stdin), format: null, url: null };
    case 'url': {
      if (!options.fetchUrl) throw new InputError(source.url, 'fetching URLs is not enabled');
      const fetched = await options.fetchUrl(source.url);
      return { bytes: fetched.bytes, format: fetched.format, url: fetched.finalUrl };
    }
  }
};

/** Reads every input; a bad one becomes a diagnostic naming it and the reason, and the others go on. */
export const ingest = async (inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> => {
  const { sources, errors } = await expandInputs(inputs);
  const diagnostics: Diagnostic[] = errors.map((e) => skipped(e.input, e.reason));
  const articles: Article[] = [];
  const seen = new Map<string, { at: number; where: string }>();
  for (const source of sources) {
    const name = describeSource(source);
    try {
      const { bytes, format, url } = await loadSource(source, options);
      const text = normalizeText(decodeText(name, bytes).text);
      const result = readFormat(format ?? sniffFormat(text), text, name);
      for (const rejected of result.rejected)
        diagnostics.push(skipped(name, rejected.message.replace(`${name}: `, '')));
      result.drafts.forEach((draft, i) => {
        const where = result.drafts.length > 1 ? `${name}#${i + 1}` : name;
        if (draft.text.trim().length < MIN_ARTICLE_CHARS) {
          diagnostics.push(
            skipped(where, draft.text.trim() === '' ? 'no article text' : 'article text too short to analyse'),
          );
          return;
        }
        const article = finishArticle(name, { ...draft, url: draft.url ?? url, text: normalizeText(draft.text) });
        const first = seen.get(article.id);
        if (first) {
          // the same text read twice: the copy kept is chosen by its content, never by which came first
          const keepNew = JSON.stringify(article) < JSON.stringify(articles[first.at]);
          if (keepNew) {
            articles[first.at] = article;
            seen.set(article.id, { at: first.at, where });
          }
          diagnostics.push({
            input: keepNew ? first.where : where,
            reason: `same article as one already read (id ${article.id})`,
            severity: 'warning',
          });
          return;
        }
        seen.set(article.id, { at: articles.length, where });
        articles.push(article);
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(skipped(error.input, error.reason));
    }
  }
  return { articles, diagnostics };
};
