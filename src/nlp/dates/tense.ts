import type { Span, Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import type { Direction } from './resolve.js';

/** Modals and verbs that put what follows ahead of the time of writing. */
const FUTURE_WORDS = words('dates/future-words');
/** Participles that look ahead only after a present-tense auxiliary ("is expected to", not "expected"). */
const FUTURE_AFTER_AUX = new Set(['expected', 'planned', 'set', 'going', 'likely', 'about']);
/** Adjectives that carry a verb group on ("is due to", "are poised to"). */
const GROUP_ADJECTIVES = new Set(['due', 'likely', 'poised', 'set', 'slated', 'about']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'been', 'has', 'have']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
/** Words right before a date that make it a limit ("by June 10"). */
const DEADLINE_WORDS = new Set(['by', 'until', 'till']);
/** Nouns right after a date that make it a date to come ("a June 1 deadline"). */
const FUTURE_NOUNS = new Set(['deadline', 'target']);

const GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV']);
const isVerb = (t: Token): boolean => t.pos === 'AUX' || t.pos === 'VERB';
const inGroup = (t: Token): boolean => GROUP_POS.has(t.pos) || GROUP_ADJECTIVES.has(t.normal);

/** The verb group around the nearest verb at or before `from`, up to `from`, as [first, last] token indexes. */
const groupLeft = (tokens: readonly Token[], from: number): [number, number] | null => {
  let verb = from;
  while (verb >= 0 && !isVerb(tokens[verb] as Token)) verb--;
  if (verb < 0) return null;
  let first = verb;
  let last = verb;
  while (first > 0 && inGroup(tokens[first - 1] as Token)) first--;
  while (last < from && inGroup(tokens[last + 1] as Token)) last++;
  return [first, last];
};

const groupRight = (tokens: readonly Token[], from: number): [number, number] | null => {
  let first = from;
  while (first < tokens.length && !isVerb(tokens[first] as Token)) first++;
  if (first >= tokens.length) return null;
  let last = first;
  while (last < tokens.length - 1 && inGroup(tokens[last + 1] as Token)) last++;
  return [first, last];
};

const looksAhead = (group: readonly Token[]): boolean => {
  const words = group.map((t) => t.normal);
  if (words.some((w) => PAST_AUX.has(w))) return false;
  if (words.some((w) => FUTURE_WORDS.has(w))) return true;
  return words.some((w) => FUTURE_AFTER_AUX.has(w)) && words.some((w) => PRESENT_AUX.has(w));
};

const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'being']);

/** A past auxiliary, or a past form of a verb not carried by a present "be" ("said", "has signed"; not "is finished"). */
const isPast = (group: readonly Token[]): boolean =>
  group.some((t) => PAST_AUX.has(t.normal)) ||
  (!group.some((t) => BE_PRESENT.has(t.normal)) &&
    group.some(
      (t) => t.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('s') && !t.normal.endsWith('ing'),
    ));

/**
 * Whether a date without a year points back or ahead, read from the verb that governs it: the nearest verb group
 * before it (through "to" infinitives and "and" coordination), or after it when the date opens the sentence; a
 * deadline word ("by June 10", "until the end of May") points ahead unless that verb is past. Without a past form
 * the sentence is unmarked.
 */
export const directionOf = (sentenceTokens: readonly Token[], span: Span): Direction => {
  const beforeIdx = sentenceTokens.findLastIndex((t) => t.end <= span.start);
  const afterIdx = sentenceTokens.findIndex((t) => t.start >= span.end);
  if (afterIdx >= 0 && FUTURE_NOUNS.has(sentenceTokens[afterIdx]?.normal ?? '')) return 'future';
  const deadline = DEADLINE_WORDS.has(sentenceTokens[beforeIdx]?.normal ?? '');
  let group = groupLeft(sentenceTokens, beforeIdx);
  if (!group) {
    const right = afterIdx >= 0 ? groupRight(sentenceTokens, afterIdx) : null;
    const tokens = right ? sentenceTokens.slice(right[0], right[1] + 1) : [];
    if (looksAhead(tokens) || (deadline && !isPast(tokens))) return 'future';
    return isPast(tokens) ? 'past' : 'unmarked';
  }
  const governing = sentenceTokens.slice(group[0], group[1] + 1);
  for (let hop = 0; group && hop < 4; hop++) {
    const tokens = sentenceTokens.slice(group[0], group[1] + 1);
    if (looksAhead(tokens)) return 'future';
    if (deadline && hop === 0 && !isPast(tokens)) return 'future';
    const chained = tokens[0]?.normal === 'to' || sentenceTokens[group[0] - 1]?.pos === 'CCONJ';
    if (!chained) break;
    group = groupLeft(sentenceTokens, group[0] - 1);
  }
  return isPast(governing) ? 'past' : 'unmarked';
};
