/** True when `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};

/** The word and every form of it with one letter removed: two words one edit apart share one of these. */
export const deletionForms = (word: string): string[] => {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
};

/** Shortest word length for spelling variants: shorter names differ by one letter too often ("Kim Jong Un"/"Il"). */
export const MIN_VARIANT_LENGTH = 5;

/** Both words are long enough and one edit apart, but not equal. */
export const isVariant = (a: string, b: string): boolean =>
  a !== b && Math.min(a.length, b.length) >= MIN_VARIANT_LENGTH && withinOneEdit(a, b);

/** True when two names differ in exactly one word, and that word by one edit ("Anthony"/"Antony Blinken"). */
export const oneWordApart = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const diff = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  const i = diff[0];
  return diff.length === 1 && i !== undefined && isVariant(a[i] as string, b[i] as string);
};
