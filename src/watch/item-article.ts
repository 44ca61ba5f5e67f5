import type { Article } from '../doc/index.js';
import {
  type ArticleDraft,
  decodeText,
  finishArticle,
  InputError,
  MIN_ARTICLE_CHARS,
  normalizeText,
  readFormat,
  sniffFormat,
} from '../ingest/index.js';
import { type FetchOptions, fetchUrl } from '../net/index.js';

/**
 * The article behind a feed item: its linked page fetched through the guarded fetcher and read for its main text.
 * The page's own metadata wins; the feed fills what the page leaves out (a title, a date, the outlet's name).
 */
export const itemArticle = async (item: ArticleDraft, link: string, options: FetchOptions): Promise<Article> => {
  const fetched = await fetchUrl(link, options);
  const text = normalizeText(decodeText(link, fetched.bytes, fetched.charset).text);
  const page = readFormat(fetched.format ?? sniffFormat(text), text, fetched.finalUrl).drafts[0];
  const body = page ? normalizeText(page.text) : '';
  if (body.trim().length < MIN_ARTICLE_CHARS)
    throw new InputError(
      link,
      body.trim() === '' ? 'no article text' : 'article text too short to analyse',
      body.trim() === '' ? 'empty' : 'too-short',
    );
  return finishArticle(link, {
    title: page?.title ?? item.title,
    published: page?.published ?? item.published,
    url: link,
    outlet: page?.outlet ?? item.outlet,
    text: body,
  });
};

/** An item that carries its whole text and no link: the feed's text is the article. */
export const feedOnlyArticle = (item: ArticleDraft, feed: string, where: string): Article => {
  const body = normalizeText(item.text);
  if (body.trim().length < MIN_ARTICLE_CHARS)
    throw new InputError(
      where,
      body.trim() === '' ? 'no link and no text' : 'no link, and its text is too short',
      body.trim() === '' ? 'empty' : 'too-short',
    );
  return finishArticle(feed, { ...item, text: body });
};
