import type { ArticleId } from '../../doc/index.js';
import { personKeys } from '../../nlp/entities/index.js';
import { deletionForms, isVariant } from './edit-distance.js';
import { linkNames, push } from './link-names.js';
import type { Mention } from './mention.js';
import { UnionFind } from './union-find.js';

/** Finds the keys of `index` equal to `word` or one edit from it. */
const nearKeys = (word: string, index: ReadonlyMap<string, string[]>): string[] => {
  const out = new Set<string>();
  for (const d of deletionForms(word)) {
    for (const k of index.get(d) ?? []) if (k === word || isVariant(k, word)) out.add(k);
  }
  return [...out].sort();
};

const deletionIndex = (words: Iterable<string>): Map<string, string[]> => {
  const index = new Map<string, string[]>();
  for (const w of words) for (const d of deletionForms(w)) push(index, d, w);
  return index;
};

/**
 * Groups person mentions across a story: full names by spelling and middle names, then one-word mentions
 * ("Blinken", "BLINKEN", untyped "Putin") to the full name whose family name they match. Returns those
 * groups, the one-word names no full name explains, and the untyped mentions that matched no person.
 */
export const clusterPersons = (
  mentions: readonly Mention[],
): { groups: Mention[][]; loose: Mention[][]; rest: Mention[] } => {
  const partsOf = new Map<string, readonly string[]>();
  for (const m of mentions) if (m.type === 'person' && m.parts.length > 1) partsOf.set(m.key, m.parts);
  const fullKeys = [...partsOf.keys()].sort();
  const fullIndex = new Map(fullKeys.map((k, i) => [k, i]));
  const uf = linkNames(
    fullKeys.map((k) => partsOf.get(k) ?? []),
    true,
  );
  const groups = new Map<number, Mention[]>();
  const present = new Map<number, Set<ArticleId>>();
  const surnames = new Map<string, number[]>();
  const givenNames = new Map<string, number[]>();
  fullKeys.forEach((k, i) => {
    const root = uf.find(i);
    for (const s of personKeys(k).slice(1)) if (!surnames.get(s)?.includes(root)) push(surnames, s, root);
    const given = partsOf.get(k)?.[0];
    if (given !== undefined && !givenNames.get(given)?.includes(root)) push(givenNames, given, root);
  });
  const attach = (root: number, m: Mention): void => push(groups, root, m);
  const rest: Mention[] = [];
  const singles: Mention[] = [];
  for (const m of mentions) {
    const full = fullIndex.get(m.key);
    if (full !== undefined && (m.type === 'person' || m.type === 'other')) {
      const root = uf.find(full);
      attach(root, m);
      if (!present.has(root)) present.set(root, new Set());
      present.get(root)?.add(m.articleId);
    } else if ((m.type === 'person' || m.type === 'other') && m.parts.length === 1) singles.push(m);
    else if (m.type === 'other') rest.push(m);
  }
  const surnameIndex = deletionIndex(surnames.keys());
  const loose = new Map<string, Mention[]>();
  for (const m of singles) {
    const roots = [...new Set(nearKeys(m.key, surnameIndex).flatMap((s) => surnames.get(s) ?? []))];
    const local = roots.filter((r) => present.get(r)?.has(m.articleId));
    const pool = local.length > 0 ? local : roots;
    const best = pool.sort((a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a - b)[0];
    // A given name alone ("Good luck, Tara.") belongs to the story's only person of that given name.
    const given = m.type === 'person' ? givenNames.get(m.key) : undefined;
    const target = best ?? (given?.length === 1 ? given[0] : undefined);
    if (target !== undefined) attach(target, m);
    else push(loose, m.key, m);
  }
  return { groups: [...groups.values()], loose: groupLoose(loose, rest), rest };
};

/** One-word names with no full name in the story: persons grouped by spelling; untyped ones join them or stay. */
const groupLoose = (loose: ReadonlyMap<string, Mention[]>, rest: Mention[]): Mention[][] => {
  const keys = [...loose.keys()].filter((k) => loose.get(k)?.some((m) => m.type === 'person')).sort();
  const index = deletionIndex(keys);
  const uf = new UnionFind(keys.length);
  const at = new Map(keys.map((k, i) => [k, i]));
  keys.forEach((k, i) => {
    for (const near of nearKeys(k, index)) uf.union(i, at.get(near) as number);
  });
  const groups = new Map<number, Mention[]>();
  for (const [key, ms] of loose) {
    const i = at.get(key);
    if (i === undefined) for (const m of ms) rest.push(m);
    else for (const m of ms) push(groups, uf.find(i), m);
  }
  return [...groups.values()];
};
