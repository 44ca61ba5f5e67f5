import type { InputNote } from './errors.js';

/** A title or outlet cut at a word boundary when an input stuffs the field, with a note saying so. */
export const bounded = (
  field: string,
  value: string | null,
  max: number,
): { value: string | null; notes: InputNote[] } => {
  if (value === null || value.length <= max) return { value, notes: [] };
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const reason = `${field} cut to ${max} characters (it had ${value.length})`;
  return { value: `${space > max / 2 ? cut.slice(0, space) : cut} …`, notes: [{ code: 'truncated', reason }] };
};
