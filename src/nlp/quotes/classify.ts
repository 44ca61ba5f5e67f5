import type { Attribution } from './attribution.js';
import { cueAt } from './cues.js';
import { TERM_MARKERS } from './lexicon.js';
import type { MarkedSpan } from './marks.js';
import type { SpanTokens } from './span-tokens.js';
import { isMark, sentenceRange, type TokenView } from './tokens.js';

const FUNCTION_WORDS = new Set(
  'a an the of and or in on at to for with by from as vs vs. via de la le du von van'.split(' '),
);
const DETERMINERS = new Set(['a', 'an', 'the']);
const TERM_LEAD =
  /\b(so-called|so called|known (?:\w+ly )?as|dubbed|nicknamed|titled|entitled)\s+(?:(?:a|an|the)\s+)?$/i;
const MAX_TITLE_WORDS = 15;

const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d#@]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);

export const wordCount = (s: string): number => words(s).length;

/** Capitalised like a title, a name or a nickname ("American Pie", "Big Three"), rather than like speech. */
export const titleLike = (s: string): boolean => {
  const ws = words(s);
  if (ws.length === 0 || ws.length > MAX_TITLE_WORDS) return false;
  return ws.every((w, i) => /^[\p{Lu}\d#@]/u.test(w) || (i > 0 && FUNCTION_WORDS.has(w.toLowerCase())));
};

/** Ends the way speech does inside its marks (a comma before the attribution, or a full stop). */
export const endsLikeSpeech = (s: string): boolean => /[.!?,;…]$/.test(s.trim());

/** The quote opens its sentence (or follows a colon or dash that introduces it). */
export const opensSentence = (view: TokenView, pos: SpanTokens): boolean => {
  const prev = view.tokens[pos.open - 1];
  const open = view.tokens[pos.open];
  if (!prev || prev.sentence !== open?.sentence || [':', '—', '–'].includes(prev.text)) return true;
  if (isMark(prev) && view.quoted[pos.open - 1]) return true;
  // "Later in the afternoon, "I went back ..."": a short adverbial before a full-sentence quote
  const [start] = sentenceRange(view.tokens, pos.open);
  const lead = view.tokens.slice(start, pos.open - 1);
  const capital = /^\p{Lu}/u.test(view.tokens[pos.first]?.text ?? '');
  return prev.text === ',' && capital && lead.length <= 6 && !lead.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
};

/** `so-called "X"`, `dubbed "X"`, `known as "X"`, `a film called "X"`: the words name something. */
const namedTerm = (view: TokenView, pos: SpanTokens): boolean => {
  const lead = view.text.slice(
    Math.max(0, (view.tokens[pos.open]?.start ?? 0) - 30),
    view.tokens[pos.open]?.start ?? 0,
  );
  if (TERM_LEAD.test(lead)) return true;
  let i = pos.open - 1;
  while (i >= 0 && DETERMINERS.has(view.tokens[i]?.normal ?? '')) i--;
  const t = view.tokens[i];
  if (!t) return false;
  if (TERM_MARKERS.has(t.normal) || (t.normal === 'as' && view.tokens[i - 1]?.normal === 'known')) return true;
  const before = view.tokens[i - 1];
  return (
    t.normal === 'called' &&
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.lemma === 'be')
  );
};

/** `quotes a "Senate aide" as saying`, `a "senior source" said`: the marks set off who speaks, not what is said. */
const speakerPosition = (view: TokenView, pos: SpanTokens, text: string): boolean => {
  if (wordCount(text) > 4 || endsLikeSpeech(text)) return false;
  const next = view.tokens[pos.close + 1];
  if (next?.normal === 'as' && /ing$/.test(view.tokens[pos.close + 2]?.normal ?? '')) return true;
  return DETERMINERS.has(view.tokens[pos.open - 1]?.normal ?? '') && cueAt(view, pos.close + 1) !== null;
};

/** What surrounds an unattributed quote: a speaker it can carry on from, an attributed quote earlier in its sentence. */
export interface Context {
  readonly inherited: boolean;
  readonly sibling: boolean;
}

/**
 * Whether a quoted span is someone's words: attributed spans unless they read as a title, a term or a speaker label;
 * unattributed ones only when they open a sentence and carry on a speaker already shown (or are long).
 */
export const isQuote = (
  view: TokenView,
  pos: SpanTokens,
  span: MarkedSpan,
  attr: Attribution,
  context: Context,
): boolean => {
  const text = view.text.slice(span.start, span.end);
  if (namedTerm(view, pos) || speakerPosition(view, pos, text) || /^\(.*\)\W*$/s.test(text)) return false;
  if (!span.closed && !opensSentence(view, pos) && !attr.adjacent) return false;
  const spoken = attr.adjacent && attr.kind !== 'next' && endsLikeSpeech(text) && wordCount(text) <= 2;
  if (titleLike(text) && !spoken) return false;
  if (attr.kind !== 'none' || context.sibling) return true;
  const n = wordCount(text);
  return opensSentence(view, pos) && n >= 3 && (context.inherited || n >= 8);
};
