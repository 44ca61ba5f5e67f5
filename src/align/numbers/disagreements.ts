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

/** Groups whose sources give different figures, each figure with its hedge, source and citations. */
export const storyDisagreements = (groups: readonly NumberGroup[]): Disagreement[] =>
  groups.flatMap((g) => {
    const current = latestBySource(g.mentions);
    const distinct = new Set(current.map((m) => `${m.q.value}|${m.q.high}`));
    if (distinct.size < 2) return [];
    const kept = new Set(current.map(factId));
    const claims = g.mentions.filter((m) => !m.alternative && kept.has(factId(m)));
    const values = factsOf(claims).flatMap((fact): DisagreementValue[] => {
      const m = fact[0];
      return m ? [{ value: m.q.value, hedge: m.q.hedge, attributedTo: m.source, citations: citationsOf(fact) }] : [];
    });
    return [{ about: g.what, values }];
  });
