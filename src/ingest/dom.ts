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

/** Parses a whole page, or a fragment such as a feed item's HTML, into a document. */
export const parseHtmlDocument = (markup: string): DomDocument => {
  const html = capNesting(markup, MAX_PARSED_DEPTH);
  const page = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html)/i.test(html) ? html : `<html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
};
