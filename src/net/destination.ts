import { lookup } from 'node:dns/promises';
import { FetchError } from '../ingest/index.js';
import { nonPublicKind } from './address.js';
import { errorCode } from './failure.js';

/** Resolves a host name to every address it has. */
export type Lookup = (host: string) => Promise<string[]>;

export const systemLookup: Lookup = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Settles with the promise, or rejects as soon as the signal aborts (DNS lookups cannot be cancelled themselves). */
const unlessAborted = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });

const withArticle = (kind: string): string => `${/^(?:[aeio]|u(?!ni))/.test(kind) ? 'an' : 'a'} ${kind}`;

/**
 * Refuses a URL a reader should not fetch: other schemes, embedded credentials and, unless private addresses are
 * allowed, any host with an address that is loopback, private, link-local, unique-local or otherwise not public.
 * Returns the checked address the request must connect to.
 */
export const checkDestination = async (
  input: string,
  url: URL,
  hop: number,
  allowPrivate: boolean,
  resolve: Lookup,
  signal: AbortSignal,
): Promise<string> => {
  const where = hop > 0 ? `redirect to ${url.href} ` : '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(input, `refused: ${where}uses ${url.protocol.slice(0, -1)}, not http or https`, 'refused');
  if (url.username || url.password)
    throw new FetchError(input, `refused: ${where}carries a user name or password`, 'refused');
  let addresses: string[];
  try {
    addresses = await unlessAborted(resolve(url.hostname.replace(/^\[|\]$/g, '')), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(input, `${where}DNS lookup failed (${errorCode(error) ?? 'no answer'})`.trim(), 'unreachable');
  }
  const [first] = addresses;
  if (first === undefined)
    throw new FetchError(input, `${where}DNS lookup failed (no addresses)`.trim(), 'unreachable');
  if (allowPrivate) return first;
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind)
      throw new FetchError(
        input,
        `refused: ${where}resolves to ${withArticle(kind)} address ${address}`,
        'private-address',
      );
  }
  return first;
};
