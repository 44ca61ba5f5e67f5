import { timeAffinity } from './dates.js';
import { Group, sumLink } from './group.js';
import type { ArticleModel } from './model.js';
import type { ClusterOptions } from './options.js';
import { dotSums } from './vectors.js';

const groupOfMembers = (model: ArticleModel, indices: Iterable<number>): Group => {
  const group = new Group();
  for (const i of [...indices].sort((a, b) => a - b)) {
    const member = model.members[i];
    if (member) group.add(member);
  }
  return group;
};

/**
 * Articles (with their copies) whose link to the rest of their story is below the threshold move to the story they
 * link to best when that one clears it, or leave when their link falls below `detachBelow` × threshold: agglomeration
 * merges whole groups, so a member can end up in a story it does not itself fit. A few rounds settle them.
 */
export const splitPass = (model: ArticleModel, groups: readonly Group[], options: ClusterOptions): Group[] => {
  const unitKey = (i: number): number => model.copies.get(i) ?? i;
  const unitMembers = new Map<number, number[]>();
  model.members.forEach((_, i) => {
    const key = unitKey(i);
    unitMembers.set(key, [...(unitMembers.get(key) ?? []), i]);
  });
  const units = new Map([...unitMembers].map(([key, indices]) => [key, groupOfMembers(model, indices)]));
  const state = new Map<number, Group>();
  const groupOfUnit = new Map<number, number>();
  const unitsIn = new Map<number, Set<number>>();
  groups.forEach((g, k) => {
    state.set(k, g);
    unitsIn.set(k, new Set(g.members.map(unitKey)));
    for (const i of g.members) groupOfUnit.set(unitKey(i), k);
  });
  let nextKey = groups.length;
  const move = (unit: number, from: number, to: number): void => {
    groupOfUnit.set(unit, to);
    unitsIn.get(from)?.delete(unit);
    unitsIn.set(to, (unitsIn.get(to) ?? new Set()).add(unit));
    for (const k of [from, to]) {
      const indices = [...(unitsIn.get(k) ?? [])].flatMap((u) => unitMembers.get(u) ?? []);
      if (indices.length === 0) state.delete(k);
      else state.set(k, groupOfMembers(model, indices));
    }
  };
  for (let round = 0; round < options.refineRounds; round++) {
    let moved = 0;
    for (const [key, unit] of [...units].sort((a, b) => a[0] - b[0])) {
      const from = groupOfUnit.get(key) ?? -1;
      const own = state.get(from);
      if (!own) continue;
      const self = { plain: dotSums(unit.plain, unit.plain), scaled: dotSums(unit.sum, unit.sum) };
      const rest = own.size - unit.size;
      const time = (g: Group): number => timeAffinity(unit.span, g.span, options.time);
      const ownLink = rest > 0 ? sumLink(unit, own, unit.size * rest, time(own), options, self) : null;
      let best = -1;
      let bestKey = -1;
      for (const k of new Set(
        unit.members.flatMap((i) => (model.nearest[i] ?? []).map((n) => groupOfUnit.get(unitKey(n.index)) ?? -1)),
      )) {
        const g = state.get(k);
        if (k === from || !g) continue;
        const link = sumLink(unit, g, unit.size * g.size, time(g), options);
        if (link > best || (link === best && k < bestKey)) {
          best = link;
          bestKey = k;
        }
      }
      const fits = ownLink !== null && ownLink >= options.threshold;
      if (!fits && best >= options.threshold && (ownLink === null || best > ownLink)) {
        move(key, from, bestKey);
        moved++;
      } else if (ownLink !== null && ownLink < options.threshold * options.detachBelow) {
        move(key, from, nextKey++);
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return [...state.values()];
};
