import type { AnnotatedArticle, Story } from '../doc/index.js';
import { mergePass } from './merge-pass.js';
import { buildModel } from './model.js';
import { type ClusterOptions, resolveOptions } from './options.js';
import { splitPass } from './split-pass.js';
import { toStories } from './stories.js';

/**
 * Groups articles into stories: a merge pass (average-link agglomeration over index neighbours), then a split pass.
 * Articles are processed in id order, so the partition does not depend on input order (ids must be unique).
 */
export const clusterArticles = (docs: readonly AnnotatedArticle[], options?: Partial<ClusterOptions>): Story[] => {
  const settings = resolveOptions(options);
  const order = docs
    .map((_, i) => i)
    .sort((a, b) => {
      const x = docs[a]?.article.id ?? '';
      const y = docs[b]?.article.id ?? '';
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  const sorted = order.flatMap((i) => docs[i] ?? []);
  const model = buildModel(sorted, settings);
  const groups = splitPass(model, mergePass(model, settings), settings);
  const back = (i: number): number => order[i] ?? i;
  const copies = new Map([...model.copies].map(([copy, original]) => [back(copy), back(original)]));
  return toStories(
    docs.map((d) => d.article.id),
    groups.map((g) => g.members.map(back)),
    copies,
  );
};
