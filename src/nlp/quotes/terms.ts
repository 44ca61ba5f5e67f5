import type { Attribution } from './attribution-record.js';
import { cueAt } from './cues.js';
import { NAMING_LEMMAS, TERM_MARKERS } from './lexicon.js';
import { endsLikeSpeech, MAX_TITLE_WORDS, wordCount } from './shape.js';
import type { SpanTokens } from './span-tokens.js';
import { isCapitalised, isMark, sameParagraph, type TokenView } from './tokens.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const TERM_LEAD =
  /\b(so-called|so called|known (?:\w+ly )?as|dubbed|nicknamed|titled|entitled)\s+(?:(?:a|an|the)\s+)?$/i;

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

/** "described them as "better" cars": a naming verb's complement, which are the speaker's words. */
const namedAs = (view: TokenView, pos: SpanTokens, attr: Attribution): boolean => {
  const c = attr.cue?.index ?? pos.open;
  const between = view.tokens.slice(c + 1, pos.open).map((t) => t.normal);
  return NAMING_LEMMAS.has(view.tokens[c]?.lemma ?? '') && between.includes('as');
};

/** `the "interim" government`, `his "tough on China" stance`: short quoted words modifying the noun after them. */
const modifierTerm = (view: TokenView, pos: SpanTokens, attr: Attribution, text: string): boolean => {
  if (!pos.closed || wordCount(text) > 4 || endsLikeSpeech(text) || namedAs(view, pos, attr)) return false;
  // `"severe" or "emergency" levels`: look past the other quoted terms of a coordination
  let k = pos.close + 1;
  while (['or', 'and'].includes(view.tokens[k]?.normal ?? '') && view.quoted[k + 1]) {
    k += 2;
    while (view.quoted[k] && !isMark(view.tokens[k])) k++;
    k++;
  }
  const next = view.tokens[k];
  const last = view.tokens[pos.last];
  return next?.pos === 'NOUN' && !isCapitalised(next) && last !== undefined && last.pos !== 'VERB';
};

/** Words opening an adverbial clause, across which a cue's speaker no longer vouches for a bare word in marks. */
const CLAUSE_OPENERS = new Set(['why', 'when', 'if', 'whether', 'because']);

/** `cannot explain why … when the "reset" proved …`: a word or two in marks inside a clause the cue does not report. */
const detachedFragment = (view: TokenView, pos: SpanTokens, attr: Attribution, text: string): boolean =>
  attr.kind === 'before' &&
  !attr.adjacent &&
  attr.cue !== null &&
  wordCount(text) <= 2 &&
  !endsLikeSpeech(text) &&
  view.tokens.slice(attr.cue.index + 1, pos.open).some((t) => CLAUSE_OPENERS.has(t.normal));

/** `Teachers chanted, "Red for Ed,"`: words a speech verb introduces after a comma or colon, however capitalised. */
export const introducedSpeech = (view: TokenView, pos: SpanTokens, attr: Attribution, text: string): boolean => {
  const lemma = attr.cue ? (view.tokens[attr.cue.index]?.lemma ?? '') : '';
  const lead = view.tokens[pos.open - 1]?.text ?? '';
  return (
    attr.kind === 'before' &&
    attr.adjacent &&
    (lead === ',' || lead === ':') &&
    endsLikeSpeech(text) &&
    attr.cue?.kind === 'verb' &&
    !NAMING_LEMMAS.has(lemma)
  );
};

/** A paragraph that is nothing but a short quoted phrase with no closing stop: a sub-heading set in quotes. */
const subheading = (view: TokenView, pos: SpanTokens, attr: Attribution, text: string): boolean => {
  const after = view.tokens[pos.close + 1];
  // a numbered heading ("6. "The Gordon problem"") counts as alone on its line
  let k = pos.open - 1;
  while (k >= 0 && sameParagraph(view, k, pos.open) && /^[\d.)]+$/.test(view.tokens[k]?.text ?? '')) k--;
  const alone =
    (k < 0 || !sameParagraph(view, k, pos.open)) &&
    (after === undefined || !sameParagraph(view, pos.close, pos.close + 1));
  const phrase = !/[.!?…,;:]$/.test(text.trim()) && !/[.!?]\s|\n/.test(text);
  return attr.kind === 'none' && alone && phrase && wordCount(text) <= MAX_TITLE_WORDS;
};

/** Quoted words that name or label something (a term, a title, a speaker label, a sub-heading) rather than speech. */
export const termLike = (view: TokenView, pos: SpanTokens, attr: Attribution, text: string): boolean =>
  namedTerm(view, pos) ||
  speakerPosition(view, pos, text) ||
  modifierTerm(view, pos, attr, text) ||
  detachedFragment(view, pos, attr, text) ||
  subheading(view, pos, attr, text);
