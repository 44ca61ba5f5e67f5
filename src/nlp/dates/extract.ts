import type { TextLayer, TimexAnnotation, Token } from '../../doc/index.js';
import { noonUtc, parseYmd, type Ymd } from './calendar.js';
import { dateEngine } from './engine.js';
import { YEAR_BEFORE_TAG, yearBefore } from './same-period.js';
import { directionOf } from './tense.js';
import { resolveValue } from './value-of.js';

/** Any day serves when there is no reference: every reading that would use it is dropped. */
const PLACEHOLDER: Ymd = { year: 2000, month: 1, day: 1 };

const tokensBySentence = (layer: TextLayer): Token[][] => {
  const groups: Token[][] = layer.sentences.map(() => []);
  for (const t of layer.tokens) groups[t.sentence]?.push(t);
  return groups;
};

/**
 * The date expressions of an article, resolved against `referenceDate` (YYYY-MM-DD): weekdays and months without a
 * year to the nearest past one unless the sentence looks ahead. Values keep the written granularity: a month is
 * YYYY-MM, a season or "this year" YYYY, a week or weekend its month (nothing when it straddles two). With no
 * reference only dates that carry a year are kept. `inferred` says the reference is borrowed from the story; it marks
 * the timexes whose value depended on it.
 */
export const extractTimexes = (
  layer: TextLayer,
  referenceDate: string | null,
  inferred: boolean,
): TimexAnnotation[] => {
  const ref = referenceDate === null ? null : parseYmd(referenceDate);
  const engine = dateEngine();
  const tokens = tokensBySentence(layer);
  const out: TimexAnnotation[] = [];
  for (const sentence of layer.sentences) {
    const sentenceTokens = tokens[sentence.index] ?? [];
    for (const r of engine.parse(sentence.text, noonUtc(ref ?? PLACEHOLDER))) {
      const start = sentence.start + r.index;
      const span = { start, end: start + r.text.length };
      const previous = out[out.length - 1];
      const resolved = r.tags().has(YEAR_BEFORE_TAG)
        ? previous?.sentence === sentence.index && { value: yearBefore(previous.value), relative: previous.inferred }
        : resolveValue(r, { ref, refIsOwn: !inferred, direction: () => directionOf(sentenceTokens, span) });
      if (!resolved || r.text === '') continue;
      out.push({
        kind: 'timex',
        ...span,
        sentence: sentence.index,
        text: r.text,
        value: resolved.value,
        inferred: inferred && resolved.relative,
      });
    }
  }
  return out;
};
