import { STATUS_CODES } from 'node:http';
import { FetchError, type Fetched, InputError, MAX_INPUT_BYTES } from '../ingest/index.js';
import { readCappedBody } from './body.js';
import { formatOfResponse, headerCharset } from './content-type.js';
import { checkDestination, type Lookup, systemLookup } from './destination.js';
import { describeFetchFailure } from './failure.js';
import { getOnce } from './request.js';

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

/** The raw body with what the headers say of it (the readers decode it by that charset or the page's own), and the
 * status: 304 (no body) when a conditional request found the document unchanged, 2xx otherwise. */
export interface FetchedDocument extends Fetched {
  readonly status: number;
  readonly headers: Headers;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5',
  'user-agent': 'triangulate (news report reader)',
  'accept-encoding': 'identity',
};

/** One hop after another, each destination checked before it is contacted, until a non-redirect answer. */
const follow = async (input: string, options: FetchOptions, signal: AbortSignal): Promise<FetchedDocument> => {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  let url = new URL(input);
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    visited.add(url.href);
    const lookup = options.lookup ?? systemLookup;
    const address = await checkDestination(input, url, hop, options.allowPrivate ?? false, lookup, signal);
    const response = await getOnce(url, address, { ...HEADERS, ...options.headers }, signal);
    if (response.status === 304 && options.headers) {
      await response.body?.cancel();
      const headers = response.headers;
      return { bytes: new Uint8Array(), format: null, charset: null, finalUrl: url.href, status: 304, headers };
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location)
        throw new FetchError(input, `HTTP ${response.status} redirect without a Location header`, 'bad-redirect');
      if (!URL.canParse(location, url.href))
        throw new FetchError(input, `redirect to an invalid URL (${location})`, 'bad-redirect');
      const next = new URL(location, url);
      if (visited.has(next.href)) throw new FetchError(input, `redirect loop (back to ${next.href})`, 'bad-redirect');
      if (hop + 1 > maxRedirects)
        throw new FetchError(input, `too many redirects (more than ${maxRedirects})`, 'bad-redirect');
      url = next;
      continue;
    }
    if (!response.ok) {
      const status = response.statusText || STATUS_CODES[response.status] || '';
      throw new FetchError(input, `HTTP ${response.status} ${status}`.trim(), 'http-status');
    }
    const contentType = response.headers.get('content-type');
    const format = formatOfResponse(input, contentType, url.href);
    const raw = await readCappedBody(input, response, options.maxBytes ?? MAX_INPUT_BYTES);
    const charset = headerCharset(contentType);
    return { bytes: raw, format, charset, finalUrl: url.href, status: response.status, headers: response.headers };
  }
};

/**
 * Fetches an http(s) URL for the readers: total timeout, size cap, at most five redirects each re-checked, private
 * and loopback destinations refused unless allowed. Every failure is an InputError naming the URL and the reason.
 */
export const fetchUrl = async (input: string, options: FetchOptions = {}): Promise<FetchedDocument> => {
  if (!URL.canParse(input)) throw new FetchError(input, 'not a valid URL', 'invalid-url');
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
    if (timedOut) throw new FetchError(input, `timed out after ${timeoutMs / 1000} s`, 'timeout');
    if (error instanceof InputError) throw error;
    throw new FetchError(input, describeFetchFailure(error), 'unreachable');
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
