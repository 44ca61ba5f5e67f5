import { monthNumber } from '../lexicon/index.js';
import type { ArticleDraft } from './draft.js';
import { InputError } from './errors.js';
import { attribute, firstText, isXmlObject, parseXml, textValue, type XmlObject } from './feed-xml.js';
import type { FormatResult } from './format-result.js';
import { htmlToText } from './html-text.js';
import { MAX_FEED_ITEMS } from './limits.js';
import { droppedDate, normalizePublished } from './published.js';

interface FeedShape {
  readonly outlet: string | null;
  readonly items: readonly unknown[];
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** RSS 2.0 (<rss><channel>), RSS 1.0 (<rdf:RDF>) or Atom (<feed>); null for any other XML. */
const feedShape = (doc: XmlObject): FeedShape | null => {
  const rss = doc.rss;
  const rdf = doc['rdf:RDF'];
  const atom = doc.feed;
  const title = (v: unknown): string | null => (isXmlObject(v) ? oneLine(textValue(v.title)) : null);
  if (isXmlObject(rss)) {
    const channel = list(rss.channel)[0];
    return { outlet: title(channel), items: isXmlObject(channel) ? list(channel.item) : [] };
  }
  if (isXmlObject(rdf)) return { outlet: title(list(rdf.channel)[0]), items: list(rdf.item) };
  if (isXmlObject(atom)) return { outlet: title(atom), items: list(atom.entry) };
  return null;
};

const oneLine = (text: string | null): string | null => {
  const line = text ? htmlToText(text).replace(/\s+/g, ' ').trim() : '';
  return line || null;
};

/** The publisher's own calendar day: RFC 822 dates ("Mon, 06 May 2030 23:30:00 -0500") are read before any shift to UTC. */
const feedDay = (value: string | null): string | null => {
  const m = value ? /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value) : null;
  const month = m ? (monthNumber(m[2] ?? '') ?? 0) : 0;
  if (m && month > 0)
    return normalizePublished(`${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`);
  return normalizePublished(value);
};

const isWebUrl = (s: string | null): s is string => !!s && /^https?:\/\//i.test(s.trim());

/** RSS's <link> text, Atom's rel="alternate" (or unmarked) href, else a permalink <guid>. */
const itemLink = (item: XmlObject): string | null => {
  const links = list(item.link);
  const atom = links.find((l) => isXmlObject(l) && [null, 'alternate'].includes(attribute(l, 'rel')));
  const candidates = [
    ...links.filter((l): l is string => typeof l === 'string'),
    attribute(atom, 'href'),
    ...links.map((l) => attribute(l, 'href')),
    attribute(item.guid, 'isPermaLink') === 'false' ? null : textValue(item.guid),
  ];
  return candidates.find(isWebUrl)?.trim() ?? null;
};

const TEXT_KEYS = ['content:encoded', 'content', 'description', 'summary'];

/** Item text: RSS and Atom "html" bodies are HTML; Atom "text" is plain and "xhtml" arrives already flattened. */
const itemText = (item: XmlObject): string => {
  const found = firstText(item, TEXT_KEYS);
  if (!found) return '';
  const type = attribute(list(item[found.key])[0], 'type');
  return type === 'text' || type === 'xhtml' ? found.text : htmlToText(found.text);
};

const DATE_KEYS = ['pubDate', 'dc:date', 'published', 'updated', 'issued', 'modified'];

/** Every item or entry as a draft, text possibly empty (a watcher fetches the linked page); throws on a non-feed. */
export const readXmlFeedItems = (raw: string, input: string): ArticleDraft[] => {
  let doc: XmlObject;
  try {
    doc = parseXml(raw);
  } catch (error) {
    throw new InputError(input, `not a readable feed (${(error as Error).message.split('\n')[0]})`, 'bad-feed');
  }
  const feed = feedShape(doc);
  if (!feed) {
    const root = Object.keys(doc).find((k) => !k.startsWith('#'));
    throw new InputError(
      input,
      root ? `XML but not an RSS or Atom feed (root element <${root}>)` : 'not an RSS or Atom feed (no XML elements)',
      'bad-feed',
    );
  }
  return feed.items.map((value) => {
    const item = isXmlObject(value) ? value : {};
    const date = firstText(item, DATE_KEYS)?.text;
    const published = feedDay(date ?? null);
    return {
      title: oneLine(textValue(item.title)),
      published,
      url: itemLink(item),
      outlet: feed.outlet,
      text: itemText(item),
      notes: droppedDate(date, published),
    };
  });
};

/** One article per item or entry; items without text are reported and the rest kept. */
export const readFeed = (raw: string, input: string): FormatResult => {
  const items = readXmlFeedItems(raw, input);
  if (items.length === 0) throw new InputError(input, 'feed has no items', 'empty');
  const drafts: ArticleDraft[] = [];
  const rejected: InputError[] = [];
  if (items.length > MAX_FEED_ITEMS) {
    const reason = `items ${MAX_FEED_ITEMS + 1}–${items.length} not read (a feed is read up to ${MAX_FEED_ITEMS} items)`;
    rejected.push(new InputError(input, reason, 'truncated'));
  }
  items.slice(0, MAX_FEED_ITEMS).forEach((item, i) => {
    if (item.text === '')
      rejected.push(new InputError(input, `item ${i + 1}${item.title ? ` “${item.title}”` : ''}: no text`, 'empty'));
    else drafts.push(item);
  });
  return { drafts, rejected };
};
