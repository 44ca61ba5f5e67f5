import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { fetchUrl, type Lookup, urlFetcher } from '../../src/net/index.js';

const SENTENCE = 'The invented town of Źródło Wielkie opened its café “Pod Mostem” on Monday, the mayor said.';

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/bad-byte') {
      // The header says UTF-8; one byte is not: the rest of the page must still read as UTF-8.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        Buffer.concat([
          Buffer.from(`<html><body><p>${SENTENCE}`),
          Buffer.from([0xfe]),
          Buffer.from('</p></body></html>'),
        ]),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<html><body><p>${SENTENCE} Host ${req.headers.host}.</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A resolver that answers the checked address first and another one ever after, as a rebinding attacker's does. */
const rebinding = (): { lookup: Lookup; calls: string[] } => {
  const calls: string[] = [];
  const lookup: Lookup = async (host) => {
    calls.push(host);
    // 127.0.0.3 is loopback too, but nothing listens there: connecting to it would fail.
    return calls.length === 1 ? ['127.0.0.1'] : ['127.0.0.3'];
  };
  return { lookup, calls };
};

describe('DNS pinning', () => {
  it('connects to the address that was checked, resolving the host once, not again at connect time', async () => {
    const { lookup, calls } = rebinding();
    const url = `http://quillon-news.test:${port}/story`;
    const fetched = await fetchUrl(url, { allowPrivate: true, lookup });
    expect(calls).toEqual(['quillon-news.test']);
    // The host name, not the address, still goes in the Host header.
    expect(Buffer.from(fetched.bytes).toString('utf8')).toContain(`Host quillon-news.test:${port}.`);
  }, 20_000);

  it('refuses a host whose checked address is private, whatever a second lookup would say', async () => {
    const { lookup, calls } = rebinding();
    const { articles, diagnostics } = await ingest([`http://quillon-news.test:${port}/story`], {
      fetchUrl: urlFetcher({ lookup }),
    });
    expect(articles).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.reason])).toEqual([
      ['private-address', 'refused: resolves to a loopback address 127.0.0.1'],
    ]);
    expect(calls).toHaveLength(1);
  }, 20_000);
});

describe('charset from the Content-Type header', () => {
  it('decodes by the header charset, replacing the one bad byte with a warning', async () => {
    const url = `http://127.0.0.1:${port}/bad-byte`;
    const { articles, diagnostics } = await ingest([url], { fetchUrl: urlFetcher({ allowPrivate: true }) });
    expect(articles[0]?.text).toBe(`${SENTENCE}\uFFFD`);
    expect(diagnostics.map((d) => [d.code, d.reason])).toEqual([
      ['bad-encoding', '1 invalid UTF-8 byte replaced (the input declares UTF-8)'],
    ]);
  }, 20_000);
});
