import { type FetchedDocument, type FetchOptions, fetchUrl } from './fetch-url.js';

/** What a server said identifies the version it sent: sent back, it lets the server answer 304 Not Modified. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type ConditionalResult =
  | { readonly changed: false }
  | { readonly changed: true; readonly document: FetchedDocument; readonly validators: Validators };

const conditionalHeaders = (known: Validators): Record<string, string> => ({
  ...(known.etag ? { 'if-none-match': known.etag } : {}),
  ...(known.lastModified ? { 'if-modified-since': known.lastModified } : {}),
});

/** Fetches a URL through the guarded fetcher unless the server says the copy behind `known` is still current. */
export const fetchIfChanged = async (
  url: string,
  known: Validators,
  options: FetchOptions = {},
): Promise<ConditionalResult> => {
  const document = await fetchUrl(url, { ...options, headers: conditionalHeaders(known) });
  if (document.status === 304) return { changed: false };
  const validators = { etag: document.headers.get('etag'), lastModified: document.headers.get('last-modified') };
  return { changed: true, document, validators };
};
