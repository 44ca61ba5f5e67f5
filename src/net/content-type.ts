import iconv from 'iconv-lite';
import { type Format, formatOfPath, InputError } from '../ingest/index.js';

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
  if (type !== '' && !type.startsWith('text/')) throw new InputError(input, `unsupported content type (${type})`);
  return formatOfPath(new URL(url).pathname);
};

/** The charset named by the Content-Type header, else by the document itself (<meta charset>, <?xml encoding>). */
export const charsetOf = (contentType: string | null, bytes: Uint8Array): string | null => {
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (header) return header.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return declared?.toLowerCase() ?? null;
};

/**
 * Labels the text decoder already handles: it reads valid UTF-8 as UTF-8 and anything else as windows-1252, which is
 * how browsers read Latin-1 and ASCII labels, and servers often label UTF-8 pages Latin-1 by default.
 */
const DECODER_DEFAULTS = new Set(['utf-8', 'utf8', 'iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'windows-1252']);

/** Bytes in the given charset re-encoded as UTF-8; default, unknown or missing charsets leave them to the decoder. */
export const toUtf8 = (bytes: Uint8Array, charset: string | null): Uint8Array => {
  if (!charset || DECODER_DEFAULTS.has(charset) || !iconv.encodingExists(charset)) return bytes;
  return Buffer.from(iconv.decode(Buffer.from(bytes), charset), 'utf8');
};
