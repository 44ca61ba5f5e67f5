/** Tags that never hold others open: void elements, and ones whose end tag the parser implies (p, li, td). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li td th tr dt dd option'.split(' '),
);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/** Open-tag depth as a tokenizer sees it, without building a tree. */
const scan = (html: string, onTag: (open: boolean, match: RegExpExecArray) => boolean): void => {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const closing = m[1] === '/';
    if (!closing && (m[3] === '/' || NOT_NESTING.has((m[2] ?? '').toLowerCase()))) continue;
    if (!onTag(!closing, m)) return;
  }
};

/**
 * Markup with nesting past the limit flattened: deeper open tags and their matching end tags are dropped, the text
 * kept. Building a tree from tens of thousands of nested elements costs time quadratic in the depth; real pages nest
 * a few dozen levels, and are returned unchanged.
 */
export const capNesting = (html: string, limit: number): string => {
  let depth = 0;
  let tooDeep = false;
  scan(html, (open) => {
    depth = open ? depth + 1 : Math.max(0, depth - 1);
    tooDeep = depth > limit;
    return !tooDeep;
  });
  if (!tooDeep) return html;
  const parts: string[] = [];
  let at = 0;
  let dropped = 0;
  depth = 0;
  scan(html, (open, m) => {
    const drop = open ? depth >= limit : dropped > 0;
    if (open && !drop) depth++;
    else if (!open && !drop) depth = Math.max(0, depth - 1);
    if (drop) {
      dropped += open ? 1 : -1;
      parts.push(html.slice(at, m.index));
      at = m.index + m[0].length;
    }
    return true;
  });
  parts.push(html.slice(at));
  return parts.join('');
};
