import { CATEGORIES } from './cases.js';
import { OUTCOMES, type Outcome } from './classify.js';
import type { FuzzResult } from './run.js';

/** Counts per outcome, overall: what the acceptance figures are. */
export const countOutcomes = (result: FuzzResult): Record<Outcome, number> => {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of result.results) for (const p of r.problems) counts[p.outcome]++;
  return counts;
};

const row = (cells: readonly (string | number)[]): string =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(20) : String(c).padStart(8))).join('');

/** A table of cases, files and problems per category, then a totals line. */
export const summaryTable = (result: FuzzResult): string => {
  const lines = [row(['category', 'cases', 'files', 'good', ...OUTCOMES])];
  const total = {
    cases: 0,
    files: 0,
    good: 0,
    counts: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
  };
  for (const category of CATEGORIES) {
    const mine = result.results.filter((r) => r.fuzzCase.category === category);
    const files = mine.reduce((n, r) => n + r.fuzzCase.files.length, 0);
    const good = mine.reduce((n, r) => n + r.fuzzCase.files.filter((f) => f.good).length, 0);
    const counts = OUTCOMES.map((o) => mine.reduce((n, r) => n + r.problems.filter((p) => p.outcome === o).length, 0));
    total.cases += mine.length;
    total.files += files;
    total.good += good;
    OUTCOMES.forEach((o, i) => {
      total.counts[o] += counts[i] ?? 0;
    });
    lines.push(row([category, mine.length, files, good, ...counts]));
  }
  lines.push(row(['total', total.cases, total.files, total.good, ...OUTCOMES.map((o) => total.counts[o])]));
  return lines.join('\n');
};

/** One line per problem: outcome, category/kind, the file (escaped, names may hold control characters), the detail. */
export const failureLines = (result: FuzzResult): string[] =>
  result.results.flatMap((r) =>
    r.problems.map(
      (p) => `${p.outcome.padEnd(8)} ${r.fuzzCase.category}/${r.fuzzCase.kind}  ${JSON.stringify(p.file)}  ${p.detail}`,
    ),
  );
