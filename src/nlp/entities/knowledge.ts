import type { EntityType } from '../../doc/index.js';
import type { Candidate, DocContext } from './context.js';
import { normalizeKey } from './normalize.js';
import { personKeys } from './person-keys.js';

/** What the article itself establishes about names: who is a person, what is a place or organization. */
export interface Knowledge {
  readonly persons: Set<string>;
  readonly typed: Map<string, EntityType>;
  /** Types from weak cues, by votes: used only where nothing stronger is known. */
  readonly likely: Map<string, EntityType>;
}

export const nameKey = (ctx: DocContext, c: Candidate): string => normalizeKey(ctx.text.slice(c.start, c.end));

/** What the strong candidates establish, and what the weak cues of non-opening mentions suggest. */
export const learn = (ctx: DocContext, candidates: readonly Candidate[]): Knowledge => {
  const persons = new Set<string>();
  const typed = new Map<string, EntityType>();
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of candidates) {
    const key = nameKey(ctx, c);
    if (c.tentative && !c.initial) {
      const v = votes.get(key) ?? new Map<EntityType, number>();
      v.set(c.type, (v.get(c.type) ?? 0) + 1);
      votes.set(key, v);
    }
    if (!c.strong) continue;
    if (c.type === 'person') for (const k of personKeys(key)) persons.add(k);
    else if (!typed.has(key)) typed.set(key, c.type);
  }
  const likely = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    const best = [...v].sort((x, y) => y[1] - x[1])[0];
    if (best) likely.set(key, best[0]);
  }
  return { persons, typed, likely };
};
