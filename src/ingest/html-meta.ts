import type { DomDocument } from './dom.js';
import type { InputNote } from './errors.js';
import { readJsonLd } from './json-ld.js';
import { outletFromUrl } from './outlet.js';
import { droppedDate, normalizePublished } from './published.js';
import { cleanTitle } from './title.js';

/** What a page's markup says about its article, before the body is extracted. */
export interface HtmlMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** A date the page gives that could not be used. */
  readonly notes: readonly InputNote[];
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="article:published"]',
  'meta[itemprop~="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
];

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

const content = (doc: DomDocument, selectors: readonly string[]): string | null => {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
};

/** An absolute http(s) URL, resolved against the page's own address when relative; anything else is dropped. */
const absoluteUrl = (href: string | null, base: string | null): string | null => {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

const hostOf = (url: string | null): string | null => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

const timeDatetime = (doc: DomDocument): string | null => {
  const time =
    doc.querySelector('time[itemprop~="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return clean(time?.getAttribute('datetime'));
};

/** The first <h1> that reads like a headline (a logo's one word is not one). */
const headingTitle = (doc: DomDocument): string | null => {
  const h1 = clean(doc.querySelector('article h1')?.textContent) ?? clean(doc.querySelector('h1')?.textContent);
  return h1 && h1.split(' ').length >= 3 ? h1 : null;
};

/**
 * Title (og:title, JSON-LD headline, <h1>, <title>; site-name suffixes dropped), published day (JSON-LD, meta tags,
 * <time>), outlet (og:site_name, JSON-LD publisher) and canonical URL, from the page's markup.
 */
export const readHtmlMeta = (doc: DomDocument, base: string | null): HtmlMeta => {
  const ld = readJsonLd(doc);
  const url =
    absoluteUrl(clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')), base) ??
    absoluteUrl(content(doc, ['meta[property="og:url"]']), base) ??
    absoluteUrl(ld.url, base);
  const outlet = content(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']) ?? clean(ld.publisher);
  const rawTitle =
    content(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    clean(ld.headline) ??
    headingTitle(doc) ??
    clean(doc.querySelector('title')?.textContent);
  const host = url ?? base;
  const dates = [ld.datePublished, content(doc, PUBLISHED_META), timeDatetime(doc)];
  const published = dates.map(normalizePublished).find((d) => d !== null) ?? null;
  return {
    title: rawTitle ? clean(cleanTitle(rawTitle, [outlet, hostOf(host), outletFromUrl(host)])) : null,
    published,
    outlet,
    url,
    notes: droppedDate(
      dates.find((d) => d !== null),
      published,
    ),
  };
};
