import type { Disagreement, DisagreementValue } from '../../doc/index.js';
import { citationsOf, factId, factsOf, type NumberGroup } from './group.js';
import type { Mention } from './mentions.js';

/** True when `a` was stated after `b`: later publication, then later article, then later in the text. */
const isLater = (a: Mention, b: Mention): boolean => {
  const da = a.doc.article.published ?? a.doc.referenceDate ?? '';
  const db = b.doc.article.published ?? b.doc.referenceDate ?? '';
  if (da !== db) return da > db;
  if (a.docIndex !== b.docIndex) return a.docIndex > b.docIndex;
  return a.q.start > b.q.start;
};

/** Each source's latest claim: an earlier figure from the same source is an update, not a conflict. */
const latestBySource = (ms: readonly Mention[]): Mention[] => {
  const latest = new Map<string, Mention>();
  for (const m of ms) {
    if (m.alternative) continue;
    const source = m.source ?? `article:${m.doc.article.id}`;
    const prev = latest.get(source);
    if (!prev || isLater(m, prev)) latest.set(source, m);
  }
  return [...latest.values()];
};

/** Words that name no particular thing: two such figures ("two years", "three years") are not about the same thing. */
const GENERIC = new Set(['figure', 'number', 'total', 'amount', 'vote', 'times', 'percent']);

const namesNothing = (g: NumberGroup): boolean => {
  const what = g.what.toLowerCase().trim();
  const unit = g.mentions[0]?.q.unit?.toLowerCase() ?? null;
  return GENERIC.has(what) || (unit !== null && (what === unit || what === `${unit}s`));
};

/** Groups whose sources give different figures, each figure with its hedge, source and citations. */
export const storyDisagreements = (groups: readonly NumberGroup[]): Disagreement[] =>
  groups.flatMap((g) => {
    if (namesNothing(g)) return [];
    const current = latestBySource(g.mentions);
    const distinct = new Set(current.map((m) => `${m.q.value}|${m.q.high}`));
    if (distinct.size < 2) return [];
    const kept = new Set(current.map(factId));
    const claims = g.mentions.filter((m) => !m.alternative && kept.has(factId(m)));
    return [{ about: g.what, values: sameFigureTogether(factsOf(claims)) }];
  });

/** Sources that give the same figure with the same hedge stand on one line, so the sides of the dispute show. */
const sameFigureTogether = (facts: readonly Mention[][]): DisagreementValue[] => {
  const byFigure = new Map<string, Mention[][]>();
  for (const fact of facts) {
    const m = fact[0];
    if (!m) continue;
    const key = `${m.q.value}|${m.q.high}|${m.q.hedge}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), fact]);
  }
  return [...byFigure.values()].flatMap((same): DisagreementValue[] => {
    const m = same[0]?.[0];
    if (!m) return [];
    const sources = [...new Set(same.flatMap((f) => (f[0]?.source ? [f[0].source] : [])))];
    return [
      {
        value: m.q.value,
        hedge: m.q.hedge,
        attributedTo: sources.length > 0 ? sources.join('; ') : null,
        citations: citationsOf(same.flat()),
      },
    ];
  });
};
