import { Group, groupLink } from './group.js';
import { Heap } from './heap.js';
import type { ArticleModel } from './model.js';
import type { ClusterOptions } from './options.js';

interface Candidate {
  readonly link: number;
  readonly a: number;
  readonly b: number;
  readonly versionA: number;
  readonly versionB: number;
}

/** Ties go to the pair of groups founded earliest, so the outcome does not hang on heap order. */
const before = (x: Candidate, y: Candidate): boolean =>
  x.link !== y.link ? x.link > y.link : x.a !== y.a ? x.a < y.a : x.b < y.b;

/**
 * Average-link agglomeration over the candidate graph: copies start together, then the closest pair of groups merges
 * while its link reaches the threshold. Groups only meet when some of their articles are index neighbours.
 */
export const mergePass = (model: ArticleModel, options: ClusterOptions): Group[] => {
  const count = model.members.length;
  const groupOf = Array.from({ length: count }, (_, i) => model.copies.get(i) ?? i);
  const groups = new Map<number, Group>();
  for (let i = 0; i < count; i++) {
    const key = groupOf[i] ?? i;
    const group = groups.get(key) ?? new Group();
    groups.set(key, group);
    const member = model.members[i];
    if (member) group.add(member);
  }
  const adjacent = new Map<number, Set<number>>();
  const connect = (a: number, b: number): void => {
    if (a === b) return;
    adjacent.get(a)?.add(b) ?? adjacent.set(a, new Set([b]));
    adjacent.get(b)?.add(a) ?? adjacent.set(b, new Set([a]));
  };
  model.nearest.forEach((list, i) => {
    for (const n of list) if (n.similarity > 0) connect(groupOf[i] ?? i, groupOf[n.index] ?? n.index);
  });
  const version = new Map<number, number>();
  const heap = new Heap<Candidate>(before);
  const offer = (a: number, b: number): void => {
    const ga = groups.get(a);
    const gb = groups.get(b);
    if (!ga || !gb) return;
    const link = groupLink(ga, gb, options);
    const [x, y] = a < b ? [a, b] : [b, a];
    if (link >= options.threshold) {
      heap.push({ link, a: x, b: y, versionA: version.get(x) ?? 0, versionB: version.get(y) ?? 0 });
    }
  };
  for (const [a, set] of adjacent) for (const b of set) if (a < b) offer(a, b);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if ((version.get(a) ?? 0) !== top.versionA || (version.get(b) ?? 0) !== top.versionB) continue;
    const ga = groups.get(a);
    const gb = groups.get(b);
    if (!ga || !gb) continue;
    ga.absorb(gb);
    groups.delete(b);
    version.set(a, (version.get(a) ?? 0) + 1);
    const neighbours = new Set([...(adjacent.get(a) ?? []), ...(adjacent.get(b) ?? [])]);
    neighbours.delete(a);
    neighbours.delete(b);
    adjacent.delete(b);
    adjacent.set(a, neighbours);
    for (const n of neighbours) {
      const set = adjacent.get(n);
      set?.delete(b);
      set?.add(a);
      offer(a, n);
    }
  }
  return [...groups.values()];
};
