import type { WordingDifference } from '../../doc/index.js';
import { alignWords, type Step } from './align.js';
import type { Word } from './words.js';

const MAX_DIFFERENCES = 8;

const phrase = (words: readonly Word[], a: number, b: number): string =>
  words
    .slice(a, b)
    .map((w) => w.raw)
    .join(' ');

const punctuation = (base: Word, variant: Word): WordingDifference | null => {
  const [bp, vp] = [base.punct.replace(/[^,;:.!?]/g, ''), variant.punct.replace(/[^,;:.!?]/g, '')];
  if (bp === vp) return null;
  if (bp.includes(',') && !vp) return { kind: 'comma-dropped', after: base.raw };
  if (vp.includes(',') && !bp) return { kind: 'comma-added', after: base.raw };
  return { kind: 'punctuation', from: bp, to: vp, after: base.raw };
};

/** Steps seen from the base's side, whichever list was the shorter when aligning. */
const stepsFrom = (base: readonly Word[], variant: readonly Word[]) => {
  const variantShorter = variant.length <= base.length;
  const al = variantShorter ? alignWords(variant, base) : alignWords(base, variant);
  const steps = al.steps.map((s): Step => {
    if (!variantShorter) return s;
    const kind =
      s.kind === 'onlyA'
        ? 'onlyB'
        : s.kind === 'onlyB'
          ? 'onlyA'
          : s.kind === 'split'
            ? 'joined'
            : s.kind === 'joined'
              ? 'split'
              : s.kind;
    return { kind, a: s.b, b: s.a };
  });
  return { steps, variantShorter, start: al.bStart, end: al.bEnd };
};

/**
 * How a variant's wording differs from the base wording: words reworded ("frontline" → "front line"), commas dropped
 * or added, words left out or added, and a quote cut short or run on at either end.
 */
export const describeDifferences = (base: readonly Word[], variant: readonly Word[]): WordingDifference[] => {
  const { steps, variantShorter, start, end } = stepsFrom(base, variant);
  const out: WordingDifference[] = [];
  const lead = variantShorter ? phrase(base, 0, start) : phrase(variant, 0, start);
  const tail = variantShorter ? phrase(base, end, base.length) : phrase(variant, end, variant.length);
  const edge = (words: string): void => {
    if (words) out.push({ kind: variantShorter ? 'omits-start-or-end' : 'adds-start-or-end', words });
  };
  edge(lead);
  let pending: { kind: 'onlyA' | 'onlyB'; words: string[] } | null = null;
  const flush = (): void => {
    if (pending) out.push({ kind: pending.kind === 'onlyA' ? 'omits' : 'adds', words: pending.words.join(' ') });
    pending = null;
  };
  steps.forEach((s, k) => {
    if (s.kind === 'onlyA' || s.kind === 'onlyB') {
      const word = s.kind === 'onlyA' ? base[s.a[0]]?.raw : variant[s.b[0]]?.raw;
      if (pending?.kind !== s.kind) flush();
      pending ??= { kind: s.kind, words: [] };
      if (word) pending.words.push(word);
      return;
    }
    flush();
    const [x, y] = [phrase(base, s.a[0], s.a[1]), phrase(variant, s.b[0], s.b[1])];
    if (s.kind !== 'same' && x.toLowerCase() !== y.toLowerCase()) out.push({ kind: 'reworded', from: x, to: y });
    const [bw, vw] = [base[s.a[1] - 1], variant[s.b[1] - 1]];
    const last = k === steps.length - 1 || s.a[1] === base.length || s.b[1] === variant.length;
    const p = bw && vw && !last ? punctuation(bw, vw) : null;
    if (p) out.push(p);
  });
  flush();
  edge(tail);
  const unique = new Map(out.map((d) => [JSON.stringify(d), d]));
  return [...unique.values()].slice(0, MAX_DIFFERENCES);
};
