import type { QuoteAnnotation, Span } from '../../doc/index.js';
import type { Attribution } from './attribution-record.js';
import type { SpeakerEvent } from './events.js';
import type { SpanTokens } from './span-tokens.js';
import type { TokenView } from './tokens.js';

/** One accepted quoted span with its attribution and resolved speaker. */
export interface QuotePiece {
  readonly span: Span;
  readonly continues: boolean;
  readonly pos: SpanTokens;
  readonly attr: Attribution;
  readonly speaker: SpeakerEvent | null;
  readonly partial: boolean;
}

const sentenceOf = (view: TokenView, i: number): number => view.tokens[i]?.sentence ?? -1;

const sameSpeaker = (a: QuotePiece, b: QuotePiece): boolean => (a.speaker?.name ?? null) === (b.speaker?.name ?? null);

/** `"A," he said, "B."` (one cue between two parts), or a bare quote right after the attributed one. */
const continuesUtterance = (view: TokenView, prev: QuotePiece, piece: QuotePiece): boolean => {
  if (piece.continues) return true;
  const cue = piece.attr.cue;
  // `"A," X said, telling Y, "B."`: the part after the shared cue is X's, even when the cue names no one itself
  const shared = cue !== null && prev.attr.cue?.index === cue.index && piece.attr.kind === 'before';
  if (shared && (sameSpeaker(prev, piece) || !piece.speaker?.name)) return true;
  if (!sameSpeaker(prev, piece)) return false;
  if (piece.attr.kind !== 'none' || piece.partial) return false;
  return sentenceOf(view, piece.pos.open) - sentenceOf(view, prev.pos.close) <= 1;
};

export const normaliseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

const annotation = (view: TokenView, pieces: readonly QuotePiece[]): QuoteAnnotation | null => {
  const first = pieces[0];
  if (!first) return null;
  let text = '';
  pieces.forEach((p, k) => {
    const words = normaliseSpace(view.text.slice(p.span.start, p.span.end));
    text += k === 0 ? words : `${p.continues ? ' ' : ' … '}${words}`;
  });
  const named = pieces.find((p) => p.speaker?.name) ?? first;
  return {
    kind: 'quote',
    start: first.span.start,
    end: first.span.end,
    sentence: view.source[first.pos.first]?.sentence ?? 0,
    text,
    parts: pieces.map((p) => ({ start: p.span.start, end: p.span.end })),
    speaker: named.speaker?.name ?? null,
    speakerSpan: named.speaker?.span ?? null,
    cue: pieces.find((p) => p.attr.cue)?.attr.cue?.text ?? null,
    form: first.partial ? 'partial' : 'direct',
  };
};

/** Groups the pieces of each utterance (a quote split by its attribution, or run on over paragraphs). */
export const assemble = (view: TokenView, pieces: readonly QuotePiece[]): QuoteAnnotation[] => {
  const groups: QuotePiece[][] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && continuesUtterance(view, prev, piece)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((g) => annotation(view, g)).filter((q): q is QuoteAnnotation => q !== null);
};
