import type { ArticleId } from '../../doc/index.js';

/** The article a wire copy ultimately copies (itself when it is no copy); cycles end where they repeat. */
export const originalOf = (id: ArticleId, copies: ReadonlyMap<ArticleId, ArticleId>): ArticleId => {
  const seen = new Set<ArticleId>([id]);
  let current = id;
  for (let next = copies.get(current); next !== undefined && !seen.has(next); next = copies.get(current)) {
    seen.add(next);
    current = next;
  }
  return current;
};

/** "B copies A" for each copy whose original also carries the claim, so the reader sees why it counts once. */
export const copiesNote = (
  ids: readonly ArticleId[],
  copies: ReadonlyMap<ArticleId, ArticleId>,
  label: (id: ArticleId) => string,
): string | null => {
  const families = new Map<ArticleId, ArticleId[]>();
  for (const id of ids) {
    const original = originalOf(id, copies);
    families.set(original, [...(families.get(original) ?? []), id]);
  }
  const parts = [...families]
    .filter(([, members]) => members.length > 1)
    .map(([original, members]) => {
      const copied = members.filter((m) => m !== original).map(label);
      const head = members.includes(original) ? label(original) : 'one wire story';
      return `${copied.join(', ')} ${copied.length > 1 ? 'copy' : 'copies'} ${head} (counted once)`;
    });
  return parts.length > 0 ? parts.join('; ') : null;
};
