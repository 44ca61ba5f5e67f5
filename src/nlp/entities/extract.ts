import type { EntityMention, TextLayer } from '../../doc/index.js';
import { classifyRun } from './classify.js';
import { typeConjuncts } from './conjuncts.js';
import { buildContext, type Candidate } from './context.js';
import { addressUnits } from './noise.js';
import { propagate } from './propagate.js';
import { findRuns } from './runs.js';
import { shoutedSentences } from './shouted.js';
import { structuralMentions } from './structural.js';

/** Sorted by position; a span overlapping an earlier one is dropped. */
const ordered = (candidates: readonly Candidate[]): Candidate[] => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (!prev || c.start >= prev.end) out.push(c);
  }
  return out;
};

/**
 * Person, organization and place mentions of one article: capitalised runs typed by a gazetteer, titles,
 * the words around them and what the article says about the same name elsewhere.
 */
export const extractMentions = (layer: TextLayer): EntityMention[] => {
  const ctx = buildContext(layer);
  const { candidates: labels, consumed: read } = structuralMentions(ctx);
  const consumed = new Set([...read, ...addressUnits(ctx)]);
  const shouted = shoutedSentences(ctx, consumed);
  const runs = findRuns(ctx, (u) => consumed.has(u.index) || shouted.has(u.sentence));
  const typed = runs.flatMap((run) => classifyRun(ctx, run));
  return ordered(propagate(ctx, typeConjuncts(ctx, [...labels, ...typed]), shouted, consumed)).map((c) => ({
    kind: 'entity',
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    name: layer.text.slice(c.start, c.end),
    type: c.type,
    role: c.role,
    metonym: c.metonym,
  }));
};
