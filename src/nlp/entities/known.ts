import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { demonymCountry, type GazetteerEntry, lookupName } from './gazetteer/index.js';
import { actsAsGovernment, speaksAsGovernment } from './metonym.js';
import type { Unit } from './name-words.js';

const MAX_NAME_UNITS = 4;

export const joined = (units: readonly Unit[]): string => units.map((u) => u.text).join(' ');

const GOVERNED = new Set(['country', 'region']);

/** A mention of a gazetteer entry; capitals, countries and regions are metonyms when they act as governments. */
export const knownCandidate = (
  ctx: DocContext,
  units: readonly Unit[],
  entry: GazetteerEntry,
  initial: boolean,
): Candidate | undefined => {
  const a = units[0];
  const b = units[units.length - 1];
  if (!a || !b) return undefined;
  const seat = entry.kind === 'seat' && actsAsGovernment(ctx, a.first, b.last, a.sentence);
  const state = GOVERNED.has(entry.kind) && speaksAsGovernment(ctx, a.first, b.last, a.sentence);
  const metonym = entry.kind === 'building' || seat || state;
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
  return { candidates: mergeCompounds(candidates), complete };
};

const BODY_PARTS = new Set(['place', 'organization']);

/** The type of two known names side by side, when they make one name. */
const compoundType = (a: Candidate, b: Candidate): Candidate['type'] | undefined => {
  if (b.first !== a.last + 1 || a.metonym || b.metonym) return undefined;
  // "Beijing Olympic Games", "London Olympics": an event named after its place.
  if (a.type === 'place' && b.kind === 'event') return 'other';
  return a.type !== b.type && BODY_PARTS.has(a.type) && BODY_PARTS.has(b.type) ? 'organization' : undefined;
};

/** A place and a body side by side are one body: "Boston Red Sox", "US Navy", "Ford Australia". */
const mergeCompounds = (candidates: readonly Candidate[]): Candidate[] => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const type = prev && compoundType(prev, c);
    if (prev && type) out[out.length - 1] = { ...prev, end: c.end, last: c.last, type, kind: null };
    else out.push(c);
  }
  return out;
};

/** How many leading units spell a demonym ("North Korean", "Ukrainian"). */
export const demonymPrefix = (units: readonly Unit[]): number => {
  for (let k = Math.min(3, units.length); k > 0; k--) {
    if (demonymCountry(joined(units.slice(0, k)))) return k;
  }
  return 0;
};
