import { deletionForms, oneWordApart } from './edit-distance.js';
import { UnionFind } from './union-find.js';

export const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** True when the shorter name's words appear in order in the longer one ("John Smith" in "John F. Smith"). */
const subsequence = (short: readonly string[], long: readonly string[]): boolean => {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
};

/**
 * Unions names that are spelling variants (one word one edit apart) or, with `middle`, differ by middle names.
 * Candidates come from shared keys, never from comparing every pair.
 */
export const linkNames = (names: readonly (readonly string[])[], middle: boolean): UnionFind => {
  const uf = new UnionFind(names.length);
  const buckets = new Map<string, number[]>();
  names.forEach((parts, i) => {
    if (middle) push(buckets, `m|${parts[0]}|${parts[parts.length - 1]}`, i);
    parts.forEach((w, p) => {
      for (const d of deletionForms(w)) push(buckets, `v|${parts.length}|${p}|${parts.with(p, d).join(' ')}`, i);
    });
  });
  for (const [bucket, members] of buckets) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = names[members[x] as number] as string[];
        const b = names[members[y] as number] as string[];
        const linked = bucket.startsWith('v|')
          ? oneWordApart(a, b)
          : a.length !== b.length && subsequence(a.length < b.length ? a : b, a.length < b.length ? b : a);
        if (linked) uf.union(members[x] as number, members[y] as number);
      }
    }
  }
  return uf;
};
