import { words } from '../../lexicon/index.js';
/** A transcript turn label at the start of a sentence: "MICHELE KELEMEN, BYLINE:" or "BLINKEN:". */
export interface TurnLabel {
  /** Characters the label takes, trailing space included. */
  readonly length: number;
  readonly name: string;
  readonly role: string | null;
}

const LABEL = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3})(?:, ([A-Z][A-Z .'’-]*))?:(?:\s+|$)/;
const NARRATOR_ROLES = words('transcripts/narrator-roles');
const NOT_NAMES = words('transcripts/not-speakers');

export const turnLabel = (text: string): TurnLabel | null => {
  const m = LABEL.exec(text);
  const name = m?.[1];
  if (!m || !name || NOT_NAMES.has(name.toLowerCase())) return null;
  return { length: m[0].length, name, role: m[2]?.trim() ?? null };
};

const titleCase = (name: string): string =>
  name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

const surname = (name: string): string => name.split(' ').pop()?.toUpperCase() ?? name;

/**
 * Follows the turns of a transcript: hosts and reporters (labelled HOST or BYLINE once, then by surname) narrate;
 * anyone else speaks in their own name until the next label.
 */
export class TurnTracker {
  private readonly narrators = new Set<string>();
  private speaker: string | null = null;

  /** The speaker of the sentence that starts with `label` (or continues the current turn when null). */
  next(label: TurnLabel | null): string | null {
    if (!label) return this.speaker;
    if (
      label.role
        ?.toLowerCase()
        .split(/\s+/)
        .some((w) => NARRATOR_ROLES.has(w))
    )
      this.narrators.add(surname(label.name));
    this.speaker = this.narrators.has(surname(label.name)) ? null : titleCase(label.name);
    return this.speaker;
  }
}
