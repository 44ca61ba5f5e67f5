import { XMLParser } from 'fast-xml-parser';
import { capNesting } from './nesting.js';

export type XmlObject = Record<string, unknown>;

export const isXmlObject = (v: unknown): v is XmlObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Feeds never need entities of their own: DOCTYPE-declared ones are capped in count and size, and the text they may
 * add is capped, so a billion-laughs or quadratic-blowup feed fails fast. Standard entities only ever shrink text, so
 * the growth cap never touches them.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true,
  processEntities: {
    enabled: true,
    maxEntityCount: 20,
    maxEntitySize: 1_000,
    maxExpandedLength: 100_000,
  },
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The parser refuses documents nested past 100 levels; deeper elements are flattened first, their text kept. */
const MAX_XML_DEPTH = 90;

/** The document as nested objects; throws the parser's error on XML it cannot read. */
export const parseXml = (raw: string): XmlObject => parser.parse(capNesting(raw, MAX_XML_DEPTH)) as XmlObject;

/** An attribute of an element, or null. */
export const attribute = (v: unknown, name: string): string | null => {
  const value = isXmlObject(v) ? v[`@_${name}`] : undefined;
  return typeof value === 'string' ? value : null;
};

/** Children pushed in reverse, one by one: spreading a 200,000-element array into push() overflows the stack. */
const pushReversed = (stack: unknown[], values: readonly unknown[]): void => {
  for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
};

/** All text inside an element, its children's in document order, each block on its own paragraph. */
const flatten = (root: XmlObject): string => {
  const parts: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) pushReversed(stack, v);
    else if (isXmlObject(v))
      pushReversed(
        stack,
        Object.entries(v)
          .filter(([key]) => !key.startsWith('@_'))
          .map(([, child]) => child),
      );
  }
  return parts.join('\n\n');
};

/** An element's text: plain for simple elements, flattened for ones holding markup (Atom's type="xhtml"). */
export const textValue = (v: unknown): string | null => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || null;
  if (typeof first === 'number') return String(first);
  if (!isXmlObject(first)) return null;
  const text = '#text' in first ? textValue(first['#text']) : flatten(first).trim();
  return text || null;
};

/** The first of several child elements that has text. */
export const firstText = (item: XmlObject, keys: readonly string[]): { key: string; text: string } | null => {
  for (const key of keys) {
    const text = textValue(item[key]);
    if (text) return { key, text };
  }
  return null;
};
