import type { EntityType } from '../../doc/index.js';
import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { lookupName } from './gazetteer/index.js';
import { joined, knownCandidate } from './known.js';
import { normalizeKey } from './normalize.js';
import { personKeys } from './person-keys.js';
import type { Unit } from './units.js';

const PLACE_KINDS = new Set(['country', 'city', 'seat', 'region']);
const MAX_NAME_UNITS = 4;

/** What the article itself establishes about names: who is a person, what is a place or organization. */
interface Knowledge {
  readonly persons: Set<string>;
  readonly typed: Map<string, EntityType>;
}

const learn = (ctx: DocContext, candidates: readonly Candidate[]): Knowledge => {
  const persons = new Set<string>();
  const typed = new Map<string, EntityType>();
  for (const c of candidates) {
    if (!c.strong) continue;
    const key = normalizeKey(ctx.text.slice(c.start, c.end));
    if (c.type === 'person') for (const k of personKeys(key)) persons.add(k);
    else if (!typed.has(key)) typed.set(key, c.type);
  }
  return { persons, typed };
};

/** Settles weak candidates by what the article says elsewhere; unproven sentence openers are dropped. */
const settle = (ctx: DocContext, c: Candidate, known: Knowledge): Candidate | undefined => {
  const key = normalizeKey(ctx.text.slice(c.start, c.end));
  const isPerson = known.persons.has(key);
  // A place named like a person of the article ("Austin" after "Lloyd Austin") is that person.
  if (c.strong && isPerson && c.kind !== null && PLACE_KINDS.has(c.kind) && !key.includes(' ')) {
    return { ...c, type: 'person', metonym: false, kind: null };
  }
  if (c.strong) return c;
  if (isPerson) return { ...c, type: 'person', strong: true };
  const type = known.typed.get(key);
  if (type) return { ...c, type, strong: true };
  return c.initial ? undefined : c;
};

/** Reads a title-case or capitals sentence for names the gazetteer or the article already knows. */
const readShouted = (ctx: DocContext, units: readonly Unit[], known: Knowledge): Candidate[] => {
  const out: Candidate[] = [];
  let i = 0;
  while (i < units.length) {
    let matched = 0;
    for (let k = Math.min(MAX_NAME_UNITS, units.length - i); k > 0 && matched === 0; k--) {
      const part = units.slice(i, i + k);
      const adjacent = part.every(
        (u, j) => j === 0 || (u.first === (part[j - 1] as Unit).last + 1 && u.sentence === part[0]?.sentence),
      );
      if (!adjacent || !part[0]?.cap) continue;
      const entry = lookupName(joined(part));
      const key = normalizeKey(joined(part));
      const type = known.persons.has(key) ? 'person' : known.typed.get(key);
      const c = entry
        ? knownCandidate(ctx, part, entry, false)
        : type && spanOf(part, { type, role: null, metonym: false, strong: true, initial: false, kind: null });
      if (c) {
        out.push(c);
        matched = k;
      }
    }
    i += Math.max(1, matched);
  }
  return out;
};

/** Applies document-level knowledge to the candidates and reads the shouted sentences. */
export const propagate = (
  ctx: DocContext,
  candidates: readonly Candidate[],
  shouted: ReadonlySet<number>,
  consumed: ReadonlySet<number>,
): Candidate[] => {
  const known = learn(ctx, candidates);
  const settled = candidates.map((c) => settle(ctx, c, known)).filter((c): c is Candidate => c !== undefined);
  const loud = ctx.units.filter((u) => shouted.has(u.sentence) && !consumed.has(u.index));
  return [...settled, ...readShouted(ctx, loud, known)];
};
