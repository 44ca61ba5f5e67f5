import type { DocContext } from './context.js';

const URL_LINE = /^[ \t]*(?:https?:|www\.)/;

/** Units on lines that hold a web address ("http://www. site. com/n/US/Woman-Killed-In-Queens"): no names. */
export const addressUnits = (ctx: DocContext): Set<number> => {
  const out = new Set<number>();
  let lineStart = 0;
  let u = 0;
  for (const line of ctx.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const address = URL_LINE.test(line);
    for (; u < ctx.units.length && (ctx.units[u]?.start ?? 0) < lineEnd; u++) if (address) out.add(u);
    lineStart = lineEnd + 1;
  }
  return out;
};
