import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { demonymCountry, type GazetteerEntry, lookupName } from './gazetteer/index.js';
import { actsAsGovernment } from './metonym.js';
import type { Unit } from './units.js';

const MAX_NAME_UNITS = 4;

export const joined = (units: readonly Unit[]): string => units.map((u) => u.text).join(' ');

/** A mention of a gazetteer entry; capitals are metonyms when they act as governments. */
export const knownCandidate = (
  ctx: DocContext,
  units: readonly Unit[],
  entry: GazetteerEntry,
  initial: boolean,
): Candidate | undefined => {
  const a = units[0];
  const b = units[units.length - 1];
  if (!a || !b) return undefined;
  const metonym =
    entry.kind === 'building' || (entry.kind === 'seat' && actsAsGovernment(ctx, a.first, b.last, a.sentence));
  return spanOf(units, { type: entry.type, role: null, metonym, strong: true, initial, kind: entry.kind });
};

/** Gazetteer names inside `units`, longest first from left to right; `complete` when they cover every unit. */
export const knownSegments = (
  ctx: DocContext,
  units: readonly Unit[],
  initial: boolean,
): { candidates: Candidate[]; complete: boolean } => {
  const candidates: Candidate[] = [];
  let complete = true;
  let i = 0;
  while (i < units.length) {
    // A demonym ("South Korean") is no mention, and must not be read as the place inside it ("South").
    const demonym = demonymPrefix(units.slice(i));
    if (demonym > 0) {
      complete = false;
      i += demonym;
      continue;
    }
    let matched = 0;
    for (let k = Math.min(MAX_NAME_UNITS, units.length - i); k > 0 && matched === 0; k--) {
      const part = units.slice(i, i + k);
      const entry = part[0]?.cap ? lookupName(joined(part)) : undefined;
      const c = entry && knownCandidate(ctx, part, entry, initial && i === 0);
      if (c) {
        candidates.push(c);
        matched = k;
      }
    }
    if (matched === 0) complete = false;
    i += Math.max(1, matched);
  }
  return { candidates, complete };
};

/** How many leading units spell a demonym ("North Korean", "Ukrainian"). */
export const demonymPrefix = (units: readonly Unit[]): number => {
  for (let k = Math.min(3, units.length); k > 0; k--) {
    if (demonymCountry(joined(units.slice(0, k)))) return k;
  }
  return 0;
};
