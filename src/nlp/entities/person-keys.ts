import { isSurnameFirst } from './gazetteer/index.js';

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a name key without generational suffixes ("Jr.", "III"). */
export const nameParts = (key: string): string[] => key.split(' ').filter((p) => p.length > 0 && !NAME_SUFFIXES.has(p));

/** Keys a person is referred to by: the full name, the family name, and for "Kim Jong Un" also "Kim". */
export const personKeys = (key: string): string[] => {
  const parts = nameParts(key);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last || parts.length < 2) return [key];
  return isSurnameFirst(first) ? [key, last, first] : [key, last];
};
