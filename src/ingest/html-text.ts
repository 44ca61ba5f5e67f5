import { type DomElement, type DomNode, ELEMENT_NODE, parseHtmlDocument, TEXT_NODE } from './dom.js';

/** Elements whose content is never article text: code, styling, embedded frames, media fallbacks, form controls. */
const SKIPPED = new Set(
  `SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME FRAMESET OBJECT EMBED SVG MATH CANVAS HEAD AUDIO VIDEO SELECT TEXTAREA
   BUTTON INPUT`.split(/\s+/),
);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set(
  `ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6
   HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL`.split(/\s+/),
);

/** Table cells stay on their row's line. */
const CELLS = new Set(['TD', 'TH']);

type Break = 0 | 1 | 2;

/** Collects text with collapsed spaces; line (1) and paragraph (2) breaks are held until the next words arrive. */
class TextSink {
  private readonly parts: string[] = [];
  private pending: Break = 0;
  private spaced = true;

  breakAt(level: Break): void {
    if (level > this.pending) this.pending = level;
  }

  space(): void {
    if (!this.spaced && this.pending === 0) {
      this.parts.push(' ');
      this.spaced = true;
    }
  }

  words(text: string, preserve: boolean): void {
    const lines = preserve ? text.split('\n') : [text.replace(/\s+/g, ' ')];
    lines.forEach((line, i) => {
      if (i > 0) this.breakAt(1);
      const chunk = this.spaced || this.pending > 0 ? line.replace(/^ +/, '') : line;
      if (chunk.trim() === '') {
        if (chunk !== '' && !preserve) this.space();
        return;
      }
      if (this.pending > 0 && this.parts.length > 0) {
        this.trimEnd();
        this.parts.push(this.pending === 2 ? '\n\n' : '\n');
      }
      this.pending = 0;
      this.parts.push(chunk);
      this.spaced = chunk.endsWith(' ');
    });
  }

  private trimEnd(): void {
    const last = this.parts.length - 1;
    if (last >= 0) this.parts[last] = (this.parts[last] ?? '').replace(/ +$/, '');
  }

  toString(): string {
    return this.parts.join('').trim();
  }
}

const isHidden = (el: DomElement): boolean => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

/**
 * Visible text under a node as paragraphs separated by blank lines, so the sentence splitter sees block boundaries.
 * The walk is a loop, not recursion: a page nested fifty thousand levels deep must not exhaust the stack.
 */
export const textOfNode = (root: DomNode): string => {
  const sink = new TextSink();
  let preDepth = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) sink.words(node.nodeValue ?? '', preDepth > 0);
    else if (node.nodeType === ELEMENT_NODE) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') sink.breakAt(1);
      else if (!SKIPPED.has(name) && !isHidden(node as DomElement)) {
        if (BLOCKS.has(name)) sink.breakAt(2);
        else if (CELLS.has(name)) sink.space();
        descend = node.firstChild !== null;
        if (!descend) leave(sink, name);
        else if (name === 'PRE') preDepth++;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE) {
        const name = node.nodeName.toUpperCase();
        if (name === 'PRE') preDepth--;
        leave(sink, name);
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return sink.toString();
};

const leave = (sink: TextSink, name: string): void => {
  if (BLOCKS.has(name)) sink.breakAt(2);
  else if (CELLS.has(name)) sink.space();
};

/** An HTML fragment (a feed item's content, say) to plain text with paragraph breaks. */
export const htmlToText = (html: string): string => {
  const doc = parseHtmlDocument(html);
  const root = doc.body ?? doc.documentElement;
  return root ? textOfNode(root) : '';
};
