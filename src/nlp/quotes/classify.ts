import type { Attribution } from './attribution-record.js';
import type { MarkedSpan } from './marks.js';
import { endsLikeSpeech, titleLike, wordCount } from './shape.js';
import type { SpanTokens } from './span-tokens.js';
import { introducedSpeech, termLike } from './terms.js';
import { isMark, sentenceRange, type TokenView } from './tokens.js';

/** Words an adverbial lead-in before a sentence-opening quote may have ("Later in the afternoon,"). */
const MAX_LEAD = 6;

/** The quote opens its sentence (or follows a colon or dash that introduces it). */
export const opensSentence = (view: TokenView, pos: SpanTokens): boolean => {
  const prev = view.tokens[pos.open - 1];
  const open = view.tokens[pos.open];
  if (!prev || prev.sentence !== open?.sentence || [':', '—', '–'].includes(prev.text)) return true;
  if (isMark(prev) && view.quoted[pos.open - 1]) return true;
  // "Later in the afternoon, "I went back ..."": a short adverbial before a full-sentence quote
  const [start] = sentenceRange(view.tokens, pos.open);
  const capital = /^\p{Lu}/u.test(view.tokens[pos.first]?.text ?? '');
  if (prev.text !== ',' || !capital || pos.open - 1 - start > MAX_LEAD) return false;
  return !view.tokens.slice(start, pos.open - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
};

/**
 * What surrounds an unattributed quote: a speaker it can carry on from, an attributed quote earlier in its sentence,
 * an attributed quote just before it in its paragraph.
 */
export interface Context {
  readonly inherited: boolean;
  readonly sibling: boolean;
  readonly follows: boolean;
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
  if (termLike(view, pos, attr, text) || /^\(.*\)\W*$/s.test(text)) return false;
  if (!span.closed && !opensSentence(view, pos) && !attr.adjacent) return false;
  const short = attr.adjacent && attr.kind !== 'next' && endsLikeSpeech(text) && wordCount(text) <= 2;
  // "…," he said later. "Please.": a whole sentence in marks right after its speaker's quote
  const after = view.tokens[pos.close + 1];
  const whole =
    opensSentence(view, pos) && /[.!?]$/.test(text.trim()) && after?.sentence !== view.tokens[pos.close]?.sentence;
  if (context.follows && whole) return true;
  // in a headline every word is capitalised, so an attributed quote there may look like a title
  const headline = attr.kind !== 'none' && view.headlines.has(view.tokens[pos.open]?.sentence ?? -1);
  if (titleLike(text) && !short && !headline && !introducedSpeech(view, pos, attr, text)) return false;
  if (attr.kind !== 'none' || context.sibling) return true;
  const n = wordCount(text);
  // `"Meth. We're on it" is rolling out …`: an unpunctuated quote that is its verb's subject names something
  const verb = view.tokens[pos.close + 1];
  const named = pos.closed && !endsLikeSpeech(text) && (verb?.pos === 'VERB' || verb?.pos === 'AUX');
  return opensSentence(view, pos) && !named && n >= 3 && (context.inherited || n >= 8);
};
