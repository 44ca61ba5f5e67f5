const TERMINAL = /[.!?…]$/;

/** A line that reads as a headline or label: short and without closing punctuation. */
export const looksLikeHeadline = (line: string): boolean => {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && !TERMINAL.test(t) && !t.endsWith(':');
};
