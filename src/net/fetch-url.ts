import { STATUS_CODES } from 'node:http';
import { type Format, InputError, MAX_INPUT_BYTES } from '../ingest/index.js';
import { readCappedBody } from './body.js';
import { charsetOf, formatOfResponse, toUtf8 } from './content-type.js';
import { checkDestination, type Lookup, systemLookup } from './destination.js';
import { describeFetchFailure } from './failure.js';

export interface FetchOptions {
  /** Let URLs reach loopback and private addresses (a local test server, an intranet feed). */
  readonly allowPrivate?: boolean;
  /** The whole fetch, redirects and body included, must finish within this. */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Host name resolution, replaceable so tests need no DNS. */
  readonly lookup?: Lookup;
  /** Extra request headers: a conditional GET's If-None-Match and If-Modified-Since. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FetchedDocument {
  readonly bytes: Uint8Array;
  readonly format: Format | null;
  readonly finalUrl: string;
  /** 304 (no body) when a conditional request found the document unchanged; 2xx otherwise. */
  readonly status: number;
  readonly headers: Headers;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
  'user-agent': 'triangulate (news report reader)',
};

/** One hop after another, each destination checked before it is contacted, until a non-redirect answer. */
const follow = async (input: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedDocument> => {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let url = new URL(input);
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    visited.add(url.href);
    await checkDestination(input, url, hop, options.allowPrivate ?? false, options.lookup ?? systemLookup, signal);
    const response = await fetch(url, { redirect: 'manual', signal, headers: { ...HEADERS, ...options.headers } });
    if (response.status === 304 && options.headers) {
      await response.body?.cancel();
      return { bytes: new Uint8Array(), format: null, finalUrl: url.href, status: 304, headers: response.headers };
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new InputError(input, `HTTP ${response.status} redirect without a Location header`);
      if (!URL.canParse(location, url.href)) throw new InputError(input, `redirect to an invalid URL (${location})`);
      const next = new URL(location, url);
      if (visited.has(next.href)) throw new InputError(input, `redirect loop (back to ${next.href})`);
      if (hop + 1 > maxRedirects) throw new InputError(input, `too many redirects (more than ${maxRedirects})`);
      url = next;
      continue;
    }
    if (!response.ok) {
      const status = response.statusText || STATUS_CODES[response.status] || '';
      throw new InputError(input, `HTTP ${response.status} ${status}`.trim());
    }
    const contentType = response.headers.get('content-type');
    const format = formatOfResponse(input, contentType, url.href);
    const raw = await readCappedBody(input, response, options.maxBytes ?? MAX_INPUT_BYTES);
    const bytes = toUtf8(raw, charsetOf(contentType, raw));
    return { bytes, format, finalUrl: url.href, status: response.status, headers: response.headers };
  }
};

/**
 * Fetches an http(s) URL for the readers: total timeout, size cap, at most five redirects each re-checked, private
 * and loopback destinations refused unless allowed. Every failure is an InputError naming the URL and the reason.
 */
export const fetchUrl = async (input: string, options: FetchOptions = {}): Promise<FetchedDocument> => {
  if (!URL.canParse(input)) throw new InputError(input, 'not a valid URL');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await follow(input, options, controller.signal);
  } catch (error) {
    if (timedOut) throw new InputError(input, `timed out after ${timeoutMs / 1000} s`);
    if (error instanceof InputError) throw error;
    throw new InputError(input, describeFetchFailure(error));
  } finally {
    clearTimeout(timer);
    // Releases any body left unread by an early refusal.
    controller.abort();
  }
};

/** The fetcher `ingest` takes, with these options fixed. */
export const urlFetcher =
  (options: FetchOptions = {}): ((url: string) => Promise<FetchedDocument>) =>
  (url) =>
    fetchUrl(url, options);
