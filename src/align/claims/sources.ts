import type { ArticleId, ClaimNote, Story } from '../../doc/index.js';

type Copies = Story['copies'];

/** The article a wire copy ultimately copies (itself when it is no copy); cycles end where they repeat. */
export const originalOf = (id: ArticleId, copies: Copies): ArticleId => {
  const seen = new Set<ArticleId>([id]);
  let current = id;
  for (let next = copies[current]; next !== undefined && !seen.has(next); next = copies[current]) {
    seen.add(next);
    current = next;
  }
  return current;
};

/** Each copy with the original it copies, where the claim's articles hold more than one of a family. */
export const copiesNote = (ids: readonly ArticleId[], copies: Copies): ClaimNote | null => {
  const families = new Map<ArticleId, ArticleId[]>();
  for (const id of ids) {
    const original = originalOf(id, copies);
    families.set(original, [...(families.get(original) ?? []), id]);
  }
  const listed = [...families]
    .filter(([, members]) => members.length > 1)
    .map(([original, members]) => ({
      original: members.includes(original) ? original : null,
      copies: members.filter((m) => m !== original),
    }));
  return listed.length > 0 ? { kind: 'copies', families: listed } : null;
};
