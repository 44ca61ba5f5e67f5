import { type DaySpan, joinSpans, type TimeOptions, timeAffinity } from './dates.js';
import { addTo, dotSums, type SparseVector, type SumVector } from './vectors.js';

/** One article as a group sees it: its unit vector, the same divided by √density, its day and its density. */
export interface Member {
  readonly index: number;
  readonly vector: SparseVector;
  readonly scaled: SparseVector;
  readonly span: DaySpan | null;
  readonly density: number;
}

/** A forming story: its articles (by index), sums of their plain and density-scaled vectors, the days it spans. */
export class Group {
  readonly members: number[] = [];
  readonly plain: SumVector = new Map();
  readonly sum: SumVector = new Map();
  span: DaySpan | null = null;
  /** Sum of the members' local densities. */
  densities = 0;

  add(member: Member): void {
    this.members.push(member.index);
    addTo(this.plain, member.vector);
    addTo(this.sum, member.scaled);
    this.span = joinSpans(this.span, member.span);
    this.densities += member.density;
  }

  absorb(other: Group): void {
    for (const m of other.members) this.members.push(m);
    for (const [id, w] of other.plain) this.plain.set(id, (this.plain.get(id) ?? 0) + w);
    for (const [id, w] of other.sum) this.sum.set(id, (this.sum.get(id) ?? 0) + w);
    this.span = joinSpans(this.span, other.span);
    this.densities += other.densities;
  }

  /** Replaces one member's scaled vector after its density changed. */
  rescale(before: SparseVector, after: SparseVector, densityChange: number): void {
    addTo(this.sum, before, -1);
    addTo(this.sum, after);
    this.densities += densityChange;
  }

  get size(): number {
    return this.members.length;
  }
}

export interface LinkOptions {
  readonly minSimilarity: number;
  readonly time: TimeOptions;
}

/**
 * Average link from sums over `a` (size `na`) to sums over `b` (size `nb`): the mean density-scaled similarity of
 * their cross pairs, discounted by time; 0 when the plain mean cosine is below the floor. `self` removes a's own
 * pairs when `a` is part of `b`.
 */
export const sumLink = (
  a: { readonly plain: SumVector; readonly sum: SumVector },
  b: { readonly plain: SumVector; readonly sum: SumVector },
  pairs: number,
  time: number,
  options: LinkOptions,
  self: { readonly plain: number; readonly scaled: number } = { plain: 0, scaled: 0 },
): number => {
  if (pairs <= 0) return 0;
  const plain = (dotSums(a.plain, b.plain) - self.plain) / pairs;
  if (plain < options.minSimilarity) return 0;
  return ((dotSums(a.sum, b.sum) - self.scaled) / pairs) * time;
};

export const groupLink = (a: Group, b: Group, options: LinkOptions): number =>
  sumLink(a, b, a.size * b.size, timeAffinity(a.span, b.span, options.time), options);
