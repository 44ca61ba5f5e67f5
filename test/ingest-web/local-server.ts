import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

const fixture = (name: string): string => readFileSync(`test/ingest-web/fixtures/${name}`, 'utf8');

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const send =
  (type: string, body: string | Buffer, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };

const redirect =
  (to: (port: number) => string): Route =>
  (req, res) => {
    res.writeHead(302, { location: to((req.socket.address() as AddressInfo).port) });
    res.end();
  };

/** Fictional pages and feeds, plus the misbehaviours a fetcher must survive. */
const ROUTES: Readonly<Record<string, Route>> = {
  '/news/harbour': send('text/html; charset=utf-8', fixture('harbour-page.html')),
  '/feeds/valley': send('application/rss+xml', fixture('valley-feed.rss')),
  '/feeds/ridge': send('text/xml', fixture('ridge-feed.atom')),
  '/latin2': send(
    'text/html; charset=iso-8859-2',
    iconv.encode(
      '<html><body><p>The invented town of Żabno Wielkie opened its new bridge on Monday, the mayor said.</p></body></html>',
      'iso-8859-2',
    ),
  ),
  '/picture': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/gone': send('text/html', 'no such page', 404),
  '/moved': redirect(() => '/news/harbour'),
  '/loop-a': redirect(() => '/loop-b'),
  '/loop-b': redirect(() => '/loop-a'),
  '/to-localhost': redirect((port) => `http://localhost:${port}/news/harbour`),
  '/to-ftp': redirect(() => 'ftp://files.example/story.txt'),
  '/slow': (_req, res) => {
    const timer = setTimeout(() => send('text/plain', 'too late')(_req, res), 30_000);
    res.on('close', () => clearTimeout(timer));
  },
  '/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * 1024, 'The fictional river keeps rising. ');
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on('drain', pump);
    pump();
  },
};

/** Redirects /hop/N to /hop/N+1 forever. */
const hop: Route = (req, res) => {
  const n = Number(req.url?.split('/')[2] ?? 0);
  res.writeHead(302, { location: `/hop/${n + 1}` });
  res.end();
};

export interface LocalServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 at a free port; nothing in these tests leaves the loopback interface. */
export const startLocalServer = async (): Promise<LocalServer> => {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const route = ROUTES[path] ?? (path.startsWith('/hop/') ? hop : send('text/plain', 'not found', 404));
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** A port nothing listens on: bound, then released, never contacted. */
export const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};
