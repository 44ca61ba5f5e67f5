import { union, words } from '../../lexicon/index.js';
import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { LEX, lookupName } from './gazetteer/index.js';
import type { Unit } from './name-words.js';

const DASHES = union(words('punctuation/dashes'), ['-', '(']);
/** Transcript role labels spelled as words: NPR marks its reporters "BYLINE". */
const LABEL_ROLES: Readonly<Record<string, string>> = { byline: 'reporter' };

const atLineStart = (text: string, offset: number): boolean => {
  let p = offset - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  return p < 0 || text[p] === '\n' || text[p] === '\r';
};

/** Up to `max` units from `from` that follow each other token by token and pass `ok`. */
const adjacent = (ctx: DocContext, from: number, max: number, ok: (u: Unit) => boolean): Unit[] => {
  const out: Unit[] = [];
  for (let i = from; i < ctx.units.length && out.length < max; i++) {
    const u = ctx.units[i];
    const prev = out[out.length - 1];
    if (!u || !ok(u) || (prev && u.first !== prev.last + 1)) break;
    out.push(u);
  }
  return out;
};

const tokenText = (ctx: DocContext, index: number): string => ctx.tokens[index]?.text ?? '';

/** What follows a line-start ALL-CAPS name: a colon (transcript label) or a dash (dateline). */
const readLine = (ctx: DocContext, name: Unit[]): { kind: 'label' | 'dateline'; role: Unit[] } | undefined => {
  const last = name[name.length - 1];
  if (!last) return undefined;
  const next = tokenText(ctx, last.last + 1);
  if (next === ':') return { kind: 'label', role: [] };
  if (DASHES.has(next)) return { kind: 'dateline', role: [] };
  if (next !== ',') return undefined;
  const after = ctx.unitOf[last.last + 2] ?? -1;
  const role = adjacent(ctx, after, 3, (u) => u.upper);
  const roleEnd = role[role.length - 1];
  if (roleEnd && tokenText(ctx, roleEnd.last + 1) === ':') return { kind: 'label', role };
  const place = adjacent(ctx, after, 3, (u) => u.cap);
  const placeEnd = place[place.length - 1];
  return placeEnd && DASHES.has(tokenText(ctx, placeEnd.last + 1)) ? { kind: 'dateline', role: [] } : undefined;
};

const labelRole = (role: Unit[]): string | null => {
  if (role.length === 0) return null;
  const words = role.map((u) => u.word).join(' ');
  return LABEL_ROLES[words] ?? words;
};

/** Transcript speaker labels ("ANTONY BLINKEN:", "MICHELE KELEMEN, BYLINE:") and datelines ("KYIV, Ukraine --"). */
export const structuralMentions = (ctx: DocContext): { candidates: Candidate[]; consumed: Set<number> } => {
  const candidates: Candidate[] = [];
  const consumed = new Set<number>();
  for (const u of ctx.units) {
    if (!u.upper || u.text.length < 2 || consumed.has(u.index) || !atLineStart(ctx.text, u.start)) continue;
    const name = adjacent(ctx, u.index, 4, (x) => x.upper && x.text.length >= 2);
    const line = readLine(ctx, name);
    if (!line) continue;
    const known = lookupName(name.map((x) => x.text).join(' '));
    if (!known && line.kind === 'label' && name.some((x) => LEX.labelStop.has(x.word))) continue;
    const fields = known
      ? { type: known.type, role: null, kind: known.kind }
      : line.kind === 'dateline'
        ? { type: 'place' as const, role: null, kind: null }
        : { type: 'person' as const, role: labelRole(line.role), kind: null };
    const c = spanOf(name, { ...fields, metonym: false, strong: true, initial: false });
    if (!c) continue;
    candidates.push(c);
    for (const x of [...name, ...line.role]) consumed.add(x.index);
  }
  return { candidates, consumed };
};
