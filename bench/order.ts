import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report, ReportStory } from '../src/report/index.js';
import { runIsolated } from './lib.js';

/** Parts of a story compared between orders, each as its text, so that a reordered list still counts as a change. */
const PARTS: Record<string, (s: ReportStory) => unknown> = {
  headline: (s) => s.headline,
  claims: (s) => s.claims.map((c) => [c.status, c.text]),
  quotes: (s) => s.quotes.map((q) => [q.speaker, q.text]),
  timeline: (s) => s.timeline.map((t) => [t.date, t.text]),
  numbers: (s) => s.numbers.map((n) => [n.value, n.what]),
  'whole story': (s) => s,
};

const corpus = resolve(process.cwd(), '../shared/data/ecbplus/articles.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-order-'));
const run = (order: number): { text: string; report: Report } => {
  const out = join(dir, `order${order}.json`);
  runIsolated('bench/order-once.ts', [corpus, String(order), out]);
  const text = readFileSync(out, 'utf8');
  return { text, report: JSON.parse(text) as Report };
};

console.log('input order (ECB+ as given vs reversed vs a fixed shuffle, each in a fresh process)');
const [given, ...others] = [0, -1, 7].map(run);
for (const [label, other] of [
  ['reversed', others[0]],
  ['shuffled', others[1]],
] as const) {
  if (!given || !other) continue;
  const theirs = new Map(other.report.stories.map((s) => [s.id, s]));
  const differing = Object.entries(PARTS).map(([part, view]) => {
    const n = given.report.stories.filter((s) => {
      const t = theirs.get(s.id);
      return !t || JSON.stringify(view(s)) !== JSON.stringify(view(t));
    }).length;
    return `${part} ${n}`;
  });
  console.log(
    `  ${label.padEnd(9)} stories differing of ${given.report.stories.length}: ${differing.join(', ')}; ` +
      `report ${given.text === other.text ? 'byte-identical' : 'differs'}`,
  );
}
