import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, ingest } from '../../src/ingest/index.js';
import { type FetchOptions, fetchUrl, type Lookup, nonPublicKind, urlFetcher } from '../../src/net/index.js';
import { runCli } from '../helpers/run-cli.js';
import { closedPort, type LocalServer, startLocalServer } from './local-server.js';

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(async () => {
  await server.close();
});

const local: FetchOptions = { allowPrivate: true };

/** Why fetching failed, or null when it did not. */
const reasonFor = async (url: string, options: FetchOptions): Promise<string | null> => {
  try {
    await fetchUrl(url, options);
    return null;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.input).toBe(url);
    return error.reason;
  }
};

/** No real DNS in tests: named hosts resolve from this table, and unknown names fail as a resolver would. */
const fakeDns =
  (table: Record<string, string[]>): Lookup =>
  async (host) => {
    const found = table[host];
    if (found) return found;
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  };

describe('URL fetching from a local server', () => {
  it('reads a page by URL when private addresses are allowed', async () => {
    const url = `${server.origin}/news/harbour`;
    const { articles, diagnostics } = await ingest([url], { fetchUrl: urlFetcher(local) });
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.source, a.title, a.outlet])).toEqual([
      [url, 'Quillon harbour reopens after a year of dredging', 'The Quillon Courier'],
    ]);
  });

  it('reads feeds by content type, sniffing text/xml, and honours a charset header', async () => {
    const { articles } = await ingest(
      [`${server.origin}/feeds/valley`, `${server.origin}/feeds/ridge`, `${server.origin}/latin2`],
      { fetchUrl: urlFetcher(local) },
    );
    expect(articles.map((a) => a.outlet)).toEqual([
      'Dorrow Valley News & Weather',
      'Dorrow Valley News & Weather',
      'Ridge Point Gazette',
      'Ridge Point Gazette',
      '127.0.0.1',
    ]);
    expect(articles[4]?.text).toContain('Żabno Wielkie');
  });

  it('refuses loopback and private destinations unless allowed, naming the address', async () => {
    expect(await reasonFor(`${server.origin}/news/harbour`, {})).toBe(
      'refused: resolves to a loopback address 127.0.0.1',
    );
    expect(await reasonFor('http://10.0.0.5/story', {})).toBe('refused: resolves to a private address 10.0.0.5');
    const lookup = fakeDns({ 'news.fen.example': ['198.51.100.7', 'fd12::5'] });
    expect(await reasonFor('https://news.fen.example/story', { lookup })).toBe(
      'refused: resolves to a unique-local address fd12::5',
    );
    expect(await reasonFor('https://missing.fen.example/', { lookup })).toBe('DNS lookup failed (ENOTFOUND)');
  });

  it('re-checks every redirect hop', async () => {
    // The server's own address passes as public here, so only the redirect's target is judged.
    const lookup = fakeDns({ '127.0.0.1': ['198.51.100.7'], localhost: ['127.0.0.1'] });
    const port = new URL(server.origin).port;
    expect(await reasonFor(`${server.origin}/to-localhost`, { lookup })).toBe(
      `refused: redirect to http://localhost:${port}/news/harbour resolves to a loopback address 127.0.0.1`,
    );
    expect(await reasonFor(`${server.origin}/to-ftp`, local)).toBe(
      'refused: redirect to ftp://files.example/story.txt uses ftp, not http or https',
    );
    const moved = await fetchUrl(`${server.origin}/moved`, local);
    expect(moved.finalUrl).toBe(`${server.origin}/news/harbour`);
    expect(moved.format).toBe('html');
  });

  it('stops redirect loops and long redirect chains', async () => {
    expect(await reasonFor(`${server.origin}/loop-a`, local)).toBe(`redirect loop (back to ${server.origin}/loop-a)`);
    expect(await reasonFor(`${server.origin}/hop/0`, local)).toBe('too many redirects (more than 5)');
  });

  it('reports HTTP errors, unsupported types, timeouts, oversized bodies and closed ports', async () => {
    expect(await reasonFor(`${server.origin}/gone`, local)).toBe('HTTP 404 Not Found');
    expect(await reasonFor(`${server.origin}/picture`, local)).toBe('unsupported content type (image/png)');
    expect(await reasonFor(`${server.origin}/slow`, { ...local, timeoutMs: 300 })).toBe('timed out after 0.3 s');
    expect(await reasonFor(`${server.origin}/endless`, { ...local, maxBytes: 256 * 1024 })).toBe(
      'too large (over the 0.3 MB limit; download stopped)',
    );
    expect(await reasonFor(`http://127.0.0.1:${await closedPort()}/`, local)).toBe('cannot connect (ECONNREFUSED)');
  });

  it('passes --allow-private from the command line', async () => {
    const url = `${server.origin}/news/harbour`;
    const refused = await runCli(['analyze', url, '--format', 'json']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`skipped ${url}: refused: resolves to a loopback address 127.0.0.1`);
    const allowed = await runCli(['analyze', url, '--allow-private', '--format', 'json']);
    expect(allowed.status).toBe(0);
    expect(JSON.parse(allowed.stdout).articles[0].title).toBe('Quillon harbour reopens after a year of dredging');
  });
});

describe('address classes', () => {
  it('names every kind of non-public address and passes public ones', () => {
    const kinds = Object.fromEntries(
      [
        '127.0.0.1',
        '10.1.2.3',
        '172.20.0.1',
        '192.168.1.1',
        '169.254.169.254',
        '0.0.0.0',
        '::1',
        '::',
        'fe80::1',
        'fc00::1',
        '::ffff:127.0.0.1',
        '::ffff:a00:5',
        '100.64.0.1',
        '198.51.100.7',
        '2001:db8::1',
        'not-an-ip',
      ].map((ip) => [ip, nonPublicKind(ip)]),
    );
    expect(kinds).toEqual({
      '127.0.0.1': 'loopback',
      '10.1.2.3': 'private',
      '172.20.0.1': 'private',
      '192.168.1.1': 'private',
      '169.254.169.254': 'link-local',
      '0.0.0.0': 'unspecified',
      '::1': 'loopback',
      '::': 'unspecified',
      'fe80::1': 'link-local',
      'fc00::1': 'unique-local',
      '::ffff:127.0.0.1': 'loopback',
      '::ffff:a00:5': 'private',
      '100.64.0.1': 'shared (carrier-grade NAT)',
      '198.51.100.7': null,
      '2001:db8::1': null,
      'not-an-ip': 'unrecognised',
    });
  });
});
