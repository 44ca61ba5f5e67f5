import { type AnnotatedArticle, annotationsOf } from '../../doc/index.js';
import { tokenFigures } from './figure-tokens.js';
import type { ClaimUnit, Figure } from './types.js';

/** The figures a unit states: the quantity annotations inside it, or its digit tokens when there are none. */
export const unitFigures = (doc: AnnotatedArticle, unit: ClaimUnit): Figure[] => {
  const quantities = annotationsOf(doc, 'quantity');
  if (quantities.length === 0) return tokenFigures(unit, doc.article.text, annotationsOf(doc, 'timex'));
  return quantities
    .filter((q) => q.start >= unit.start && q.end <= unit.end)
    .map((q) => {
      const { value, low, high, hedge, text: surface, unit: measure } = q;
      // Ages are told apart by whose age they are ("age of Raj Chohan"), not by the word "age".
      const slot = q.head === 'age' ? (q.what === 'age' ? null : q.what.toLowerCase()) : q.head;
      return { value, low, high, hedge, surface, sentence: unit.sentence, slot, unit: measure };
    });
};

const inRange = (f: Figure, value: number): boolean =>
  f.low !== null && f.high !== null && f.low <= value && value <= f.high;

/** True when two figures give the same count: equal, or one inside the other's range. */
export const sameFigure = (a: Figure, b: Figure): boolean =>
  a.value === b.value || inRange(a, b.value) || inRange(b, a.value);

/** True when `value` is within what a figure allows, the side its hedge leaves open included ("more than 100"). */
const allows = (f: Figure, value: number): boolean => {
  if (f.value === value || inRange(f, value)) return true;
  if (f.hedge === 'at least' || f.hedge === 'more than') return value >= f.value;
  return f.hedge !== 'exact' && f.hedge !== 'about' && value <= f.value;
};

/** True when two figures count the same kind of thing and cannot both hold: "10 people" against "12 people". */
export const rivalFigures = (a: Figure, b: Figure): boolean =>
  a.slot !== null && a.slot === b.slot && a.unit === b.unit && !allows(a, b.value) && !allows(b, a.value);

const ANAPHOR = /\b(?:the|that|this|its) (?:number|figure|total|tally|toll|count|estimate)\b/i;

/** True when a sentence revises the count of the sentence before it: "the number has increased to 11,000". */
export const revisesPrevious = (unit: ClaimUnit, figures: readonly Figure[]): boolean => {
  const first = figures[0];
  if (!first) return false;
  const before = unit.text.slice(0, Math.max(0, unit.text.indexOf(first.surface)));
  return ANAPHOR.test(before);
};
