import type { Story } from '../doc/index.js';

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** B-cubed over the articles that have a gold label (Bagga & Baldwin 1998): per-article scores, averaged. */
export const bcubed = (stories: readonly Story[], gold: ReadonlyMap<string, string>): BCubed => {
  const storyOf = new Map<string, readonly string[]>();
  for (const s of stories) {
    const labelled = s.articleIds.filter((id) => gold.has(id));
    for (const id of labelled) storyOf.set(id, labelled);
  }
  const goldSize = new Map<string, number>();
  for (const id of storyOf.keys()) {
    const label = gold.get(id) ?? '';
    goldSize.set(label, (goldSize.get(label) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [id, members] of storyOf) {
    const label = gold.get(id);
    const correct = members.filter((m) => gold.get(m) === label).length;
    precision += correct / members.length;
    recall += correct / (goldSize.get(label ?? '') ?? 1);
  }
  const n = Math.max(1, storyOf.size);
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
