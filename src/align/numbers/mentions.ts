import {
  type AnnotatedArticle,
  annotationsOf,
  contains,
  type EntityIndex,
  type QuantityAnnotation,
} from '../../doc/index.js';
import { alternation, numberMap, union, words } from '../../lexicon/index.js';
import { isVagueText } from '../../nlp/numbers/index.js';
import { showsValue } from './grounded.js';
import { groupKey } from './keys.js';
import { canonicalSource } from './sources.js';

/** One quantity in one article, with the facts the aligner needs about it. */
export interface Mention {
  readonly doc: AnnotatedArticle;
  readonly docIndex: number;
  readonly q: QuantityAnnotation;
  readonly source: string | null;
  readonly key: string;
  /** "3,000 or 10,000": a figure offered among others, not a claim. */
  readonly alternative: boolean;
}

const PARTITIVE = new RegExp(`^\\s*of\\s+${alternation(words('function-words/partitive-objects'))}\\b`, 'i');
const OWN_QUALIFIER = new RegExp(
  `\\b${alternation(union(words('function-words/qualifying-prepositions'), ['being']))}\\b|\\w+ed\\b`,
  'i',
);
const SPELLED = [...numberMap('numbers/ones')].filter(([, n]) => n > 0).map(([w]) => w);
const NUMBER_WORD = `(\\d|${alternation([...SPELLED, ...numberMap('numbers/tens').keys(), ...numberMap('numbers/scales').keys()])})`;
const MAYBE = '(even\\s+|perhaps\\s+|maybe\\s+|possibly\\s+)?[$€£]?';
/** "3,000 or 10,000", "3,000, 10,000 or 100,000": figures offered as alternatives. */
const ALTERNATIVES_AFTER = [
  new RegExp(`^\\s*,?\\s*or\\s+${MAYBE}${NUMBER_WORD}`, 'i'),
  new RegExp(`^\\s*,\\s*${MAYBE}\\d[\\d,.]*\\s*,?\\s*or\\b`, 'i'),
];
const ALTERNATIVE_BEFORE = new RegExp(`\\bor\\s+${MAYBE}$`, 'i');
const LIST_BEFORE = /\d\s*,\s*$/;
const LIST_CLOSING_AFTER = /^\s*,?\s*or\b/i;

const isAlternative = (before: string, after: string): boolean =>
  ALTERNATIVES_AFTER.some((r) => r.test(after)) ||
  ALTERNATIVE_BEFORE.test(before) ||
  (LIST_BEFORE.test(before) && LIST_CLOSING_AFTER.test(after));

/** The quantities worth setting side by side: a stated figure (not "thousands") about a named thing. */
export const collectMentions = (docs: readonly AnnotatedArticle[], entities: EntityIndex): Mention[] => {
  const out: Mention[] = [];
  docs.forEach((doc, docIndex) => {
    const text = doc.article.text;
    const quotes = annotationsOf(doc, 'quote');
    for (const q of annotationsOf(doc, 'quantity')) {
      if (!q.what || isVagueText(q.text)) continue;
      const sentence = doc.sentences[q.sentence]?.text ?? '';
      if (![q.value, q.low, q.high].some((v) => v !== null && showsValue(v, sentence))) continue;
      const after = text.slice(q.end, q.end + 24);
      const before = text.slice(Math.max(0, q.start - 16), q.start);
      const quote = quotes.find((x) => x.speaker && x.parts.some((p) => contains(p, q)));
      const raw = quote?.speaker ?? q.attributedTo;
      const partOfEarlier = PARTITIVE.test(after) && !OWN_QUALIFIER.test(q.what);
      out.push({
        doc,
        docIndex,
        q,
        source: canonicalSource(entities, doc.article.id, raw),
        key: groupKey(q, partOfEarlier),
        alternative: isAlternative(before, after),
      });
    }
  });
  return out;
};
