import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIPv6, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

/** Answers every name with the one address already checked, so the connection cannot be rebound to another. */
const pinnedLookup =
  (address: string): LookupFunction =>
  (_host, options, callback) => {
    const family = isIPv6(address) ? 6 : 4;
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };

const NO_BODY = new Set([204, 205, 304]);

const toResponse = (res: IncomingMessage): Response => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const status = res.statusCode ?? 0;
  const body = NO_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
  if (!body) res.resume();
  return new Response(body, { status, statusText: res.statusMessage ?? '', headers });
};

/**
 * One GET, redirects not followed, connecting to the given address rather than resolving the host again (a second
 * answer could point elsewhere); the host name still goes in the Host header and TLS server name.
 */
export const getOnce = (
  url: URL,
  address: string,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal,
): Promise<Response> =>
  new Promise<Response>((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { headers, signal, lookup: pinnedLookup(address) }, (res) => {
      try {
        resolve(toResponse(res));
      } catch (error) {
        res.destroy();
        reject(error);
      }
    });
    req.on('error', reject);
    req.end();
  });
