import { FetchError, type Format, formatOfPath } from '../ingest/index.js';

/** Media types and the reader each one gets; XML types are sniffed because feeds and XHTML both use them. */
const TYPES: Readonly<Record<string, Format | 'sniff'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'sniff',
  'text/xml': 'sniff',
  'application/json': 'json',
  'application/ld+json': 'json',
  'application/feed+json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/octet-stream': 'sniff',
};

const mediaType = (header: string | null): string => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The reader for a response: from its Content-Type, else from the URL's extension, else null (sniff the text).
 * Types no reader takes (images, PDFs, video) are refused by name.
 */
export const formatOfResponse = (input: string, contentType: string | null, url: string): Format | null => {
  const type = mediaType(contentType);
  const known = TYPES[type];
  if (known) return known === 'sniff' ? null : known;
  if (type !== '' && !type.startsWith('text/'))
    throw new FetchError(input, `unsupported content type (${type})`, 'unsupported-format');
  return formatOfPath(new URL(url).pathname);
};

/** The charset the Content-Type header names, if any; the readers prefer it to the page's own declaration. */
export const headerCharset = (contentType: string | null): string | null =>
  /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
