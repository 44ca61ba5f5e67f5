import { decodeText, InputError, isXmlObject, parseXml, readFileBytes, type XmlObject } from '../ingest/index.js';
import { canonicalUrl } from './canonical-url.js';

export interface FeedList {
  /** Feed URLs in the order given, each once. */
  readonly feeds: string[];
  readonly problems: InputError[];
}

const isWebUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Every outline's xmlUrl, however deeply the outlines nest (OPML groups feeds in folders). */
const outlineUrls = (node: unknown, out: string[]): void => {
  for (const outline of Array.isArray(node) ? node : [node]) {
    if (!isXmlObject(outline)) continue;
    const url = outline['@_xmlUrl'];
    if (typeof url === 'string') out.push(url.trim());
    outlineUrls(outline.outline, out);
  }
};

const readOpml = (text: string, input: string): string[] => {
  let doc: XmlObject;
  try {
    doc = parseXml(text);
  } catch (error) {
    throw new InputError(input, `not a readable OPML file (${(error as Error).message.split('\n')[0]})`, 'bad-feed');
  }
  const body = isXmlObject(doc.opml) ? doc.opml.body : undefined;
  if (!isXmlObject(body)) throw new InputError(input, 'XML but not OPML (no <opml><body>)', 'bad-feed');
  const urls: string[] = [];
  outlineUrls(body.outline, urls);
  return urls;
};

/** One URL per line; blank lines and lines starting with # are skipped. */
const readLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** Feed URLs from the command line: URLs as they are, OPML files by their outlines, other files one URL a line. */
export const readFeedList = async (inputs: readonly string[]): Promise<FeedList> => {
  const feeds = new Set<string>();
  const problems: InputError[] = [];
  const add = (url: string, where: string): void => {
    const canonical = isWebUrl(url) ? canonicalUrl(url) : null;
    if (canonical) feeds.add(canonical);
    else problems.push(new InputError(where, `not an http(s) feed URL ('${url}')`, 'invalid-url'));
  };
  for (const input of inputs) {
    if (isWebUrl(input)) {
      add(input, input);
      continue;
    }
    try {
      const text = decodeText(input, await readFileBytes(input)).text;
      const urls = text.trimStart().startsWith('<') ? readOpml(text, input) : readLines(text);
      if (urls.length === 0) problems.push(new InputError(input, 'names no feeds', 'empty'));
      for (const url of urls) add(url, input);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    }
  }
  return { feeds: [...feeds], problems };
};
