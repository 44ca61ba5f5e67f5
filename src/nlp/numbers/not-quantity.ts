import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { bare, isCalendarWord, isMonth } from './lexicon.js';
import type { QuantityCore } from './read-quantity.js';
import { TIME_UNITS } from './units-lexicon.js';
import { isPlural } from './words.js';

type Toks = readonly Token[];

const CLOCK = words('calendar/clock-words');
const STREETS = words('figures/street-words');
const FURNITURE = /^(comments?|shares?|likes?|views?|replies|retweets?|reads?)$/;
const FURNITURE_BEFORE = /^(page|photo|image|slide|picture|video|gallery|no\.?|#|nos\.?)$/;
const RELATIVE_BEFORE = words('figures/relative-time-words');
const RELATIVE_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'prior', 'hence']);
/** Capitalised words that may stand before a figure without making it part of a name. */
const OPEN_CAPS = words('figures/open-caps');

/** True when a number is a date, year, clock time, part of a name, a rank, page furniture or a pronoun "one". */
export const isNotQuantity = (toks: Toks, core: QuantityCore): boolean => {
  const n = core.number;
  const token = toks[n.first];
  if (!token) return true;
  const text = token.text;
  if (/\//.test(text) || toks[n.first - 1]?.text === '/' || toks[n.last + 1]?.text === '/') return true;
  if (/^0\d/.test(text) || text.includes(':') || isCode(toks, core)) return true;
  // "the nineteen sixties" names a decade.
  if (n.worded && /(ties|teens)$/.test(toks[n.last + 1]?.normal ?? '')) return true;
  if (core.unit === null && isClock(toks, n.last)) return true;
  if (core.unit === 'hours' && toks[core.first - 1]?.normal === 'at' && /^\d{4}$/.test(text)) return true;
  if (isYear(toks, core) || isDayOfMonth(toks, core)) return true;
  // "'86" is a year; "called 911" a number to dial.
  if (/^['’‘]$/.test(toks[n.first - 1]?.text ?? '') && toks[n.first - 1]?.end === token.start && /^\d\d$/.test(text))
    return true;
  if (/^(911|999|112)$/.test(text) && /^(call|dial)$/.test(toks[n.first - 1]?.lemma ?? '')) return true;
  if (isInName(toks, core) || isFurniture(toks, core)) return true;
  if (core.unitKind === 'time' && isRelativeTime(toks, core)) return true;
  return isPronounOne(toks, core);
};

/**
 * "76ers", "0845 125 2222": digits glued to letters, or in a run of bare digit groups, are names and numbers to dial.
 */
const isCode = (toks: Toks, core: QuantityCore): boolean => {
  const { first, last } = core.number;
  const next = toks[last + 1];
  const prev = toks[first - 1];
  const unread = core.last <= last && core.nounStart <= last + 1;
  if (next && next.start === toks[last]?.end && /^[\p{L}\d]/u.test(next.text) && unread && !CLOCK.has(next.normal))
    return true;
  // News writes "1,263,752"; five or more bare digits are an identifier.
  if (/^\d{5,}$/.test(toks[first]?.text ?? '') && core.unit === null) return true;
  const digits = (t: Token | undefined) => !!t && /^\d+$/.test(t.text);
  return first === last && digits(toks[first]) && (digits(prev) || digits(next));
};

const isClock = (toks: Toks, last: number): boolean => {
  const next = toks[last + 1];
  if (toks[last - 1]?.text === ':' && toks[last - 2]?.type === 'number') return true;
  if (!next) return false;
  if (next.text === ':' && /^\d/.test(toks[last + 2]?.text ?? '')) return true;
  return CLOCK.has(next.normal);
};

const plainInteger = (core: QuantityCore): boolean =>
  core.number.scale === 1 && core.unit === null && core.high === null && Number.isInteger(core.value);

const isYear = (toks: Toks, core: QuantityCore): boolean => {
  const text = toks[core.number.first]?.text ?? '';
  if (!/^\d{4}([-–]\d{2,4})?$/.test(text) || core.unit !== null || core.number.scale !== 1) return false;
  const inRange = (v: number | null) => v === null || (v >= 1800 && v <= 2100);
  if (!inRange(core.value) || !inRange(core.high)) return false;
  const next = toks[core.nounStart];
  const prev = toks[core.first - 1];
  const counts = !!next && next.pos === 'NOUN' && isPlural(next) && !TIME_UNITS[next.normal];
  const governed = !!prev && (prev.pos === 'DET' || prev.pos === 'ADP' || isMonth(prev.normal));
  return !(counts && !governed);
};

const isDayOfMonth = (toks: Toks, core: QuantityCore): boolean => {
  if (core.number.worded || core.unit !== null || core.value > 31 || !Number.isInteger(core.value)) return false;
  const prev = toks[core.first - 1]?.normal ?? '';
  const next = toks[core.last + 1];
  const after = toks[core.last + 2]?.normal ?? '';
  const monthNext = !!next && isMonth(next.normal) && (next.normal !== 'may' || next.text === 'May');
  return isMonth(prev) || monthNext || (next?.normal === 'of' && isMonth(after));
};

/** "Formula 1", "Apollo 11", "Flight 370", "10 Downing Street", "No. 1". */
const isInName = (toks: Toks, core: QuantityCore): boolean => {
  const prev = toks[core.first - 1];
  const n = core.number;
  if (prev && FURNITURE_BEFORE.test(prev.normal) && prev.text !== 'no') return true;
  const next = toks[n.last + 1];
  if (next && /^\p{Lu}/u.test(next.text) && [1, 2, 3].some((k) => STREETS.has(toks[n.last + k]?.normal ?? '')))
    return true;
  if (next?.normal === 'block' && toks[n.last + 2]?.normal === 'of') return true;
  if (!prev || !/^\p{Lu}[\p{L}.-]*$/u.test(prev.text) || OPEN_CAPS.has(bare(prev.normal))) return false;
  if (isCalendarWord(prev.normal) || core.unit !== null || !plainInteger(core)) return false;
  if (!/^\d+$/.test(toks[n.first]?.text ?? '') && !(n.worded && n.value === 1)) return false;
  const acronym = /^\p{Lu}{2,}$/u.test(prev.text);
  return acronym || prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'X' || n.worded;
};

const isFurniture = (toks: Toks, core: QuantityCore): boolean => {
  const next = toks[core.nounStart];
  if (!next || core.unit !== null) return false;
  return FURNITURE.test(next.normal) || (next.normal === 'min' && toks[core.nounStart + 1]?.normal === 'read');
};

/** "two weeks ago", "the past two years", "three days later": dates, which the timeline reads. */
const isRelativeTime = (toks: Toks, core: QuantityCore): boolean => {
  const before = toks[core.first - 1]?.normal ?? '';
  const after = toks[core.last + 1]?.normal ?? '';
  return RELATIVE_BEFORE.has(before) || RELATIVE_AFTER.has(after);
};

/** "one" counts only with a unit, a magnitude, or next to another figure ("one or two"). */
const isPronounOne = (toks: Toks, core: QuantityCore): boolean => {
  const n = core.number;
  if (!n.worded || n.value !== 1 || n.first !== n.last || core.unit !== null || core.high !== null) return false;
  const near = [toks[n.last + 2], toks[n.first - 2]];
  const linked =
    /^(or|to|and)$/.test(toks[n.last + 1]?.normal ?? '') || /^(or|to)$/.test(toks[n.first - 1]?.normal ?? '');
  return !(linked && near.some((t) => t?.pos === 'NUM'));
};
