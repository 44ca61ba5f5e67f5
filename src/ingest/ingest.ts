import type { Article, Diagnostic } from '../doc/index.js';
import { bounded } from './bounded.js';
import { decodeText, normalizeText } from './decode.js';
import { type ArticleDraft, finishArticle } from './draft.js';
import { InputError, type InputNote, skippedFor } from './errors.js';
import { type Format, formatOfPath, readFormat, sniffFormat } from './formats.js';
import {
  MAX_BULK_INPUT_BYTES,
  MAX_INPUT_BYTES,
  MAX_OUTLET_CHARS,
  MAX_TITLE_CHARS,
  MIN_ARTICLE_CHARS,
} from './limits.js';
import { readFileBytes, readStreamBytes } from './read-bytes.js';
import { describeSource, expandInputs, type Source } from './sources.js';

/** What a URL fetcher hands the readers: the raw body, the format and charset its headers name, where it ended up. */
export interface Fetched {
  readonly bytes: Uint8Array;
  readonly format: Format | null;
  readonly charset: string | null;
  readonly finalUrl: string;
}

export interface IngestOptions {
  /** Standard input, for the `-` input. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Fetches a URL input; the network layer lives outside the pure readers. */
  readonly fetchUrl?: (url: string) => Promise<Fetched>;
}

export interface IngestResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
}

const warning = (input: string, note: InputNote): Diagnostic => ({ input, ...note, severity: 'warning' });

const loadSource = async (
  source: Source,
  options: IngestOptions,
): Promise<Omit<Fetched, 'finalUrl'> & { url: string | null }> => {
  switch (source.kind) {
    case 'file': {
      const format = formatOfPath(source.path);
      const limit = format === 'jsonl' ? MAX_BULK_INPUT_BYTES : MAX_INPUT_BYTES;
      return { bytes: await readFileBytes(source.path, limit), format, charset: null, url: null };
    }
    case 'stdin':
      if (!options.stdin) throw new InputError('<stdin>', 'standard input is not available', 'unreadable');
      return { bytes: await readStreamBytes('<stdin>', options.stdin), format: null, charset: null, url: null };
    case 'url': {
      if (!options.fetchUrl) throw new InputError(source.url, 'fetching URLs is not enabled', 'refused');
      const { finalUrl, ...fetched } = await options.fetchUrl(source.url);
      return { ...fetched, url: finalUrl };
    }
  }
};

/** Reads every input; a bad one becomes a diagnostic naming it and the reason, and the others go on. */
export const ingest = async (inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> => {
  const { sources, errors } = await expandInputs(inputs);
  const diagnostics: Diagnostic[] = errors.map((e) => skippedFor(e));
  const articles: Article[] = [];
  const seen = new Map<string, { at: number; where: string }>();
  const keep = (name: string, where: string, draft: ArticleDraft, url: string | null): void => {
    const text = draft.text.trim();
    if (text.length < MIN_ARTICLE_CHARS) {
      const reason = text === '' ? 'no article text' : 'article text too short to analyse';
      diagnostics.push(skippedFor(new InputError(where, reason, text === '' ? 'empty' : 'too-short')));
      return;
    }
    const title = bounded('title', draft.title, MAX_TITLE_CHARS);
    const outlet = bounded('outlet', draft.outlet, MAX_OUTLET_CHARS);
    for (const note of [...(draft.notes ?? []), ...title.notes, ...outlet.notes])
      diagnostics.push(warning(where, note));
    const fields = { title: title.value, outlet: outlet.value, url: draft.url ?? url, text: normalizeText(draft.text) };
    const article = finishArticle(name, { ...draft, ...fields });
    const first = seen.get(article.id);
    if (first) {
      // the same text read twice: the copy kept is chosen by its content, never by which came first
      const keepNew = JSON.stringify(article) < JSON.stringify(articles[first.at]);
      if (keepNew) {
        articles[first.at] = article;
        seen.set(article.id, { at: first.at, where });
      }
      const reason = `same article as one already read (id ${article.id})`;
      diagnostics.push(warning(keepNew ? first.where : where, { code: 'duplicate', reason }));
      return;
    }
    seen.set(article.id, { at: articles.length, where });
    articles.push(article);
  };
  for (const source of sources) {
    const name = describeSource(source);
    try {
      const { bytes, format, charset, url } = await loadSource(source, options);
      const decoded = decodeText(name, bytes, charset);
      for (const note of decoded.notes) diagnostics.push(warning(name, note));
      const text = normalizeText(decoded.text);
      const result = readFormat(format ?? sniffFormat(text), text, name);
      for (const rejected of result.rejected)
        diagnostics.push(
          skippedFor(
            rejected instanceof InputError
              ? rejected
              : new InputError(name, rejected.message.replace(`${name}: `, ''), 'bad-article'),
          ),
        );
      if (result.drafts.length === 0 && result.rejected.length === 0)
        diagnostics.push(skippedFor(new InputError(name, 'holds no articles', 'empty')));
      result.drafts.forEach((draft, i) => {
        keep(name, result.drafts.length > 1 ? `${name}#${i + 1}` : name, draft, url);
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(skippedFor(error));
    }
  }
  return { articles, diagnostics };
};
