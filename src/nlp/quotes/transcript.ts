import type { Span } from '../../doc/index.js';
import { NARRATOR_ROLES, NOT_SPEAKERS } from './lexicon.js';
import { trimmed } from './marks.js';

/** One `NAME:` or `NAME, ROLE:` turn of a broadcast transcript. */
export interface Turn {
  /** The label's name, as written ("ANTONY BLINKEN"). */
  readonly name: string;
  readonly nameSpan: Span;
  readonly role: string | null;
  /** The words of the turn after the label, up to the next label. */
  readonly body: Span;
  /** Host, reporter and other programme staff: their turns are narration, not quotes. */
  readonly narrator: boolean;
}

const LABEL = /^([A-Z][A-Z.'’-]*(?: (?:[A-Z][A-Z.'’-]*|#\d+)){0,4})(?:, ([A-Z][A-Z.'’ -]*[A-Z]))?:(?=\s|$)/;
/** A line that is all stage direction, "(SOUNDBITE OF ARCHIVED BROADCAST)": it ends the turn before it. */
const DIRECTION = /\n\s*\([^)\n]*\)\s*(?=\n|$)/;
/** Names the narration presents as its reporters ("NPR's Michele Kelemen reports"). */
const REPORTS = /\b(\p{Lu}[\p{L}'’-]+)(?:,[^.\n]{0,40},)? (?:reports|reporting)\b/gu;
const MIN_TURNS = 2;

const surname = (name: string): string => name.split(' ').pop()?.toLowerCase() ?? '';

interface Label {
  readonly at: number;
  readonly end: number;
  readonly name: string;
  readonly role: string | null;
}

const labels = (text: string): Label[] => {
  const out: Label[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const m = LABEL.exec(line.slice(lead));
    const name = m?.[1];
    if (m && name && /[A-Z]{2}/.test(name) && !NOT_SPEAKERS.has(name.toLowerCase())) {
      out.push({ at: start + lead, end: start + lead + m[0].length, name, role: m[2] ?? null });
    }
    start += line.length + 1;
  }
  return out;
};

/** The turns of a transcript, or none when the text does not read as one (fewer than two labels). */
export const findTurns = (text: string): Turn[] => {
  const found = labels(text);
  if (new Set(found.map((l) => surname(l.name))).size < MIN_TURNS) return [];
  const narrators = new Set<string>();
  for (const l of found) if (l.role && NARRATOR_ROLES.has(l.role.toLowerCase())) narrators.add(surname(l.name));
  for (const m of text.matchAll(REPORTS)) if (m[1]) narrators.add(m[1].toLowerCase());
  return found.map((l, i) => {
    const next = found[i + 1]?.at ?? text.length;
    const direction = DIRECTION.exec(text.slice(l.end, next));
    const full = trimmed(text, l.end, direction ? l.end + direction.index : next);
    // "(Through interpreter)" and like notes at the start of a turn are not the speaker's words
    const note = /^\([^)\n]*\)\s*/.exec(text.slice(full.start, full.end));
    const body = note ? { start: full.start + note[0].length, end: full.end } : full;
    const staff = (l.role !== null && NARRATOR_ROLES.has(l.role.toLowerCase())) || narrators.has(surname(l.name));
    return { name: l.name, nameSpan: { start: l.at, end: l.at + l.name.length }, role: l.role, body, narrator: staff };
  });
};
