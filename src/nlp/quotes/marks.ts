import type { Span } from '../../doc/index.js';

/** Words inside one pair of quotation marks (or up to the end of a paragraph that leaves its quote open). */
export interface MarkedSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** True when this span carries on the quote left open by the previous paragraph. */
  readonly continues: boolean;
  /** True for ‘single’ quotation marks. */
  readonly single: boolean;
  /** False when the paragraph (or text) ends before a closing mark. */
  readonly closed: boolean;
}

interface Mark {
  readonly pos: number;
  readonly len: number;
}

/** Double marks, including a pair of single closers typed for one (`’’`). */
const DOUBLE = /''|’’|[“”"„«»]/g;
const LOOKAHEAD = 6;

const paragraphs = (text: string): Span[] => {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length });
    start += line.length + 1;
  }
  return out;
};

const marksIn = (text: string, p: Span): Mark[] =>
  [...text.slice(p.start, p.end).matchAll(DOUBLE)].map((m) => ({ pos: p.start + (m.index ?? 0), len: m[0].length }));

/** A mark that can only close: glued to the word before it and followed by a space, punctuation or the end. */
const closerOnly = (text: string, p: Span, m: Mark): boolean => {
  const prev = m.pos > p.start ? (text[m.pos - 1] ?? '') : '';
  const next = m.pos + m.len < p.end ? (text[m.pos + m.len] ?? '') : '';
  return prev !== '' && !/[\s([{—–/-]/.test(prev) && (next === '' || /[\s.,;:!?)\]}—–-]/.test(next));
};

/** True when a quote left open at paragraph i's end runs on into the following paragraphs (its closer lies ahead). */
const runsOn = (text: string, paras: readonly Span[], i: number): boolean => {
  for (let k = i; k < Math.min(paras.length, i + LOOKAHEAD); k++) {
    const p = paras[k];
    if (!p) break;
    const marks = marksIn(text, p);
    const first = marks[0];
    if (first) return marks.length % 2 === 1 && first.pos !== p.start;
  }
  return false;
};

/** The span without the whitespace at its ends. */
export const trimmed = (text: string, start: number, end: number): Span => {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
};

/** Pairs double quotation marks paragraph by paragraph, repairing stray and mis-oriented marks by parity. */
const doubleSpans = (text: string, paras: readonly Span[]): MarkedSpan[] => {
  const out: MarkedSpan[] = [];
  let open: { inner: number; at: number; continues: boolean } | null = null;
  let lastEnd = 0;
  const push = (end: number, closed: boolean): void => {
    if (!open) return;
    const span = trimmed(text, open.inner, end);
    if (span.end > span.start) out.push({ ...span, open: open.at, continues: open.continues, single: false, closed });
    open = null;
  };
  paras.forEach((p, i) => {
    const marks = marksIn(text, p);
    let k = 0;
    if (open) {
      const first = marks[0];
      if (first && first.pos === p.start) {
        push(lastEnd, true);
        open = { inner: first.pos + first.len, at: first.pos, continues: true };
        k = 1;
      } else if (!runsOn(text, paras, i)) push(lastEnd, false);
    }
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (!m) continue;
      // `“Glasgow (“No Place Like Home”)`: a second curly opener before any closer restarts the quote
      const leads = /\S/.test(text[m.pos + m.len] ?? '') && m.pos + m.len < p.end;
      const reopens = open !== null && text[open.at] === '“' && text[m.pos] === '“' && leads && !closerOnly(text, p, m);
      if (open && !reopens) push(m.pos, true);
      else if (!closerOnly(text, p, m)) open = { inner: m.pos + m.len, at: m.pos, continues: false };
    }
    lastEnd = p.end;
  });
  push(lastEnd, false);
  return out;
};

const SINGLE_OPEN = /(^|[\s([{"“—–])([‘'])(?=[\p{L}\d])/gu;
const SINGLE_CLOSE = /(?<=\S)[’'](?=$|[\s.,;:!?)\]}"”—–-])/g;

/** ‘Single’ quotes outside double ones: each opener pairs with the first closer that is not an apostrophe. */
const singleSpans = (text: string, region: Span): MarkedSpan[] => {
  const out: MarkedSpan[] = [];
  const slice = text.slice(region.start, region.end);
  const closers = [...slice.matchAll(SINGLE_CLOSE)]
    .map((m) => m.index ?? 0)
    .filter((c) => !/^ (s|t|re|ve|ll|d|m)\b/.test(slice.slice(c + 1, c + 5)));
  let from = 0;
  for (const m of slice.matchAll(SINGLE_OPEN)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (at < from || /^.(\d0s|em\b|n\b|tis\b|til\b|cause\b)/i.test(slice.slice(at, at + 6))) continue;
    const candidates = closers.filter((c) => c > at + 1);
    const close = candidates.find(
      (c, k) => !(slice[c - 1] === 's' && /^ \p{Ll}/u.test(slice.slice(c + 1, c + 3)) && k < candidates.length - 1),
    );
    if (close === undefined) continue;
    const span = trimmed(text, region.start + at + 1, region.start + close);
    if (span.end > span.start)
      out.push({ ...span, open: region.start + at, continues: false, single: true, closed: true });
    from = close + 1;
  }
  return out;
};

/** Every quoted span of the text, in order. */
export const findQuotedSpans = (text: string): MarkedSpan[] => {
  const paras = paragraphs(text);
  const doubles = doubleSpans(text, paras);
  const singles: MarkedSpan[] = [];
  for (const p of paras) {
    let cursor = p.start;
    for (const d of doubles.filter((s) => s.end >= p.start && s.open < p.end)) {
      for (const s of singleSpans(text, { start: cursor, end: Math.max(cursor, d.open) })) singles.push(s);
      cursor = Math.max(cursor, Math.min(p.end, d.end + 1));
    }
    for (const s of singleSpans(text, { start: cursor, end: p.end })) singles.push(s);
  }
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
};
