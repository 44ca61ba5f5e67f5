import { Readability } from '@mozilla/readability';
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, parseHtmlDocument } from './dom.js';
import type { ArticleDraft } from './draft.js';
import { InputError } from './errors.js';
import { readHtmlMeta } from './html-meta.js';
import { textOfNode } from './html-text.js';
import { withoutLeadMatter } from './lead-matter.js';

/** Readability's cost grows with depth times size; real pages nest a few dozen levels and hold a few thousand elements. */
const MAX_READABLE_DEPTH = 400;
const MAX_READABLE_ELEMENTS = 40_000;

/** Navigation and figures (images with their captions and credits) are never the article's prose. */
const NOT_PROSE = 'nav, [role="navigation"], figure, figcaption';

/** True when the element tree nests deeper than the limit; a loop, so it cannot overflow the stack itself. */
const nestsDeeperThan = (root: DomNode, limit: number): boolean => {
  let depth = 0;
  let node: DomNode | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      if (++depth > limit) return true;
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
};

/** Everything visible in <body>, for pages Readability cannot take. */
const bodyText = (doc: DomDocument): string => {
  const body: DomElement | null = doc.body ?? doc.documentElement;
  return body ? textOfNode(body) : '';
};

/**
 * The main text by Readability, or the whole body's text when the page is too deep or large for it or it finds
 * nothing; Readability rewrites the document it reads, so that fallback reads a fresh parse.
 */
const mainText = (doc: DomDocument, raw: string): string => {
  const root = doc.documentElement;
  if (!root || nestsDeeperThan(root, MAX_READABLE_DEPTH)) return bodyText(doc);
  for (const el of Array.from(doc.querySelectorAll(NOT_PROSE))) el.remove();
  try {
    const reader = new Readability<DomNode>(doc, {
      maxElemsToParse: MAX_READABLE_ELEMENTS,
      serializer: (node: DomNode) => node,
    });
    const content = reader.parse()?.content;
    const text = content ? textOfNode(content) : '';
    if (text !== '') return text;
  } catch {
    // Readability throws on pages over its element limit; the fallback below reads them.
  }
  return bodyText(parseHtmlDocument(raw));
};

const baseOf = (input: string): string | null => (/^https?:\/\//i.test(input) ? input : null);

/** One article per HTML page: markup metadata first (Readability rewrites the document), then the main text. */
export const readHtml = (raw: string, input: string): ArticleDraft => {
  const doc = parseHtmlDocument(raw);
  const meta = readHtmlMeta(doc, baseOf(input));
  const text = mainText(doc, raw);
  if (text === '') throw new InputError(input, 'no article text found', 'empty');
  return { ...meta, text: withoutLeadMatter(text, meta.title) };
};
