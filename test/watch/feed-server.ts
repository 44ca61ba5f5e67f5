import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Invented pages of an invented outlet, the Brackenford Chronicle, in the fictional town of Brackenford. */
const STORIES: Readonly<Record<string, { title: string; day: string; paragraphs: readonly string[] }>> = {
  'ferry-strike': {
    title: 'Brackenford ferry crews walk out over rosters',
    day: '2032-04-12',
    paragraphs: [
      'Crews on the Brackenford river ferry stopped work on Monday morning in a dispute over night rosters, leaving about 1,200 commuters to take the long road bridge.',
      '"We asked for two crews on every night crossing and were told to wait another year," said Odile Farrant, who speaks for the ferry workers.',
      'The ferry company said it regretted the stoppage and would meet the crews on Wednesday.',
    ],
  },
  'ferry-talks': {
    title: 'Ferry company agrees to meet Brackenford crews',
    day: '2032-04-13',
    paragraphs: [
      'The company that runs the Brackenford river ferry will meet striking crews on Wednesday, its manager Lucan Tremsey said on Tuesday.',
      'About 1,200 commuters crossed by the road bridge for a second day as the stoppage over night rosters went on.',
      'Odile Farrant, who speaks for the crews, said they wanted two crews on every night crossing.',
    ],
  },
  'orchard-fair': {
    title: 'Brackenford orchard fair draws record crowd',
    day: '2032-04-14',
    paragraphs: [
      'The spring orchard fair on Brackenford green drew a record 4,000 visitors on Sunday, organiser Perpetua Vell said.',
      'Stalls sold cider, grafted saplings and honey from the hills above the town.',
      'The fair committee said next year it would add a second day.',
    ],
  },
};

export type Slug = keyof typeof STORIES;

/** A print edition (slug-print) is the same page at another address. */
const page = (slug: string): string | null => {
  const story = STORIES[slug.replace(/-print$/, '')];
  if (!story) return null;
  return `<!doctype html><html><head><title>${story.title} | Brackenford Chronicle</title>
<meta property="og:site_name" content="Brackenford Chronicle">
<meta property="article:published_time" content="${story.day}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/weather">Weather</a> <a href="/subscribe">Subscribe today</a></nav>
<article><h1>${story.title}</h1>${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Brackenford Chronicle. Cookie settings.</footer></body></html>`;
};

export const paragraphsOf = (slug: Slug): readonly string[] => STORIES[slug]?.paragraphs ?? [];

export interface Request {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface FeedServer {
  readonly origin: string;
  readonly requests: Request[];
  /** Most page requests the server was answering at one moment. */
  readonly maxPagesInFlight: () => number;
  /** Adds an item to the RSS feed: a new version, with a new ETag and Last-Modified. */
  publish(slug: string): void;
  close(): Promise<void>;
}

const rss = (origin: string, slugs: readonly string[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Brackenford Chronicle</title>${slugs
    .map(
      (s) =>
        `<item><title>${STORIES[s]?.title ?? 'A page the Chronicle took down'}</title><link>${origin}/news/${s}?utm_source=rss#top</link></item>`,
    )
    .join('')}</channel></rss>`;

/**
 * The same outlet's JSON Feed: one item it shares with the RSS feed (under a tracking-free URL), one of its own, and a
 * notice carried whole in the feed with no page behind it.
 */
const jsonFeed = (origin: string): string =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Brackenford Chronicle',
    items: [
      { id: '1', url: `${origin}/news/ferry-strike`, title: STORIES['ferry-strike']?.title },
      { id: '2', url: `${origin}/news/orchard-fair`, title: STORIES['orchard-fair']?.title },
      {
        id: '3',
        title: 'Library hours',
        content_text:
          'The Brackenford lending library closes at noon on Saturday for a stocktake, librarian Wynn Asherby said.',
      },
    ],
  });

const PAGE_DELAY_MS = 15;

/** An HTTP server on 127.0.0.1 at a free port serving the feeds and pages, recording every request. */
export const startFeedServer = async (initial: readonly string[]): Promise<FeedServer> => {
  const slugs: string[] = [...initial];
  const requests: Request[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let origin = '';
  const version = (): { etag: string; modified: string } => ({
    etag: `"v${slugs.length}"`,
    modified: new Date(Date.UTC(2032, 3, 10 + slugs.length)).toUTCString(),
  });
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    if (path === '/feed.rss') {
      const { etag, modified } = version();
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': modified });
      res.end(rss(origin, slugs));
      return;
    }
    if (path === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      res.end(jsonFeed(origin));
      return;
    }
    const html = path.startsWith('/news/') ? page(path.slice('/news/'.length).split('?')[0] ?? '') : null;
    if (!html) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such page');
      return;
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    }, PAGE_DELAY_MS);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    maxPagesInFlight: () => maxInFlight,
    publish: (slug) => {
      slugs.push(slug);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
