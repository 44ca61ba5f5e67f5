import type { DomDocument } from './dom.js';

/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

/** How deep into a JSON-LD block to look: articles sit at the top, in @graph, or one level inside a page object. */
const MAX_DEPTH = 6;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const nameOf = (v: unknown): string | null => {
  const first = Array.isArray(v) ? v[0] : v;
  return str(first) ?? (isObject(first) ? str(first.name) : null);
};

const urlOf = (v: unknown): string | null => str(v) ?? (isObject(v) ? (str(v['@id']) ?? str(v.url)) : null);

/** Values looked at per block: a real block holds dozens; a block of a million items is not worth reading whole. */
const MAX_VALUES = 10_000;

/** Objects in a parsed block, breadth first, that carry article fields; loops, so huge arrays cannot overflow the stack. */
const articleObjects = (root: unknown): Json[] => {
  const found: Json[] = [];
  let level: unknown[] = [root];
  let visited = 0;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    const add = (v: unknown): void => {
      if (typeof v === 'object' && v !== null && next.length < MAX_VALUES) next.push(v);
    };
    for (const value of level) {
      if (++visited > MAX_VALUES) return found;
      if (Array.isArray(value)) for (const v of value) add(v);
      else if (isObject(value)) {
        if ('datePublished' in value || 'headline' in value) found.push(value);
        for (const v of Object.values(value)) add(v);
      }
    }
    level = next;
  }
  return found;
};

/** The first article-like object across the page's JSON-LD blocks; malformed blocks are ignored. */
export const readJsonLd = (doc: DomDocument): JsonLdArticle => {
  const empty: JsonLdArticle = { headline: null, datePublished: null, publisher: null, url: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = articleObjects(parsed)[0];
    if (!article) continue;
    return {
      headline: str(article.headline),
      datePublished: str(article.datePublished) ?? str(article.dateCreated),
      publisher: nameOf(article.publisher),
      url: str(article.url) ?? urlOf(article.mainEntityOfPage),
    };
  }
  return empty;
};
