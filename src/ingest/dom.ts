import { parseHTML } from 'linkedom';
import { capNesting } from './nesting.js';

/** The slice of the DOM the readers use; linkedom's nodes provide it, and the project compiles without the DOM lib. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  closest(selector: string): DomElement | null;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Beyond this nesting markup is flattened before parsing, which would otherwise take minutes. */
const MAX_PARSED_DEPTH = 1_000;

/** What may precede the <html> element: a BOM, blanks, comments, an XML declaration, a doctype. */
const PROLOGUE = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->|<\?xml[^>]*>|<!doctype[^>]*>)*/i;

/**
 * Parses a whole page, or a fragment such as a feed item's HTML, into a document. linkedom builds no <body> for
 * markup without an <html> element (a doctype and bare paragraphs is a valid page), so such markup is wrapped.
 */
export const parseHtmlDocument = (markup: string): DomDocument => {
  const html = capNesting(markup, MAX_PARSED_DEPTH);
  const prologue = PROLOGUE.exec(html)?.[0] ?? '';
  const rest = html.slice(prologue.length);
  const page = /^<html[\s>]/i.test(rest) ? html : `${prologue}<html><body>${rest}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
};
