import type { EntityMention, QuoteAnnotation, TextLayer } from '../../doc/index.js';
import { assemble, normaliseSpace, type QuotePiece } from './assemble.js';
import { isQuote, opensSentence } from './classify.js';
import { cueAt } from './cues.js';
import { inherit, record, type Tracker } from './events.js';
import { collectItems } from './items.js';
import { findQuotedSpans } from './marks.js';
import { collectPeople, fullName } from './people.js';
import type { SpanTokens } from './span-tokens.js';
import { buildView, sentenceRange, type TokenView, tokenAt } from './tokens.js';
import { resolvePhrase } from './tracker.js';
import { findTurns, type Turn } from './transcript.js';

/** Sentences a bare quote may look back for the speaker it continues. */
const CONTINUATION_REACH = 8;

const sentenceOf = (view: TokenView, i: number): number => view.tokens[i]?.sentence ?? -1;

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const turnQuote = (view: TokenView, turn: Turn, speaker: string | null): QuoteAnnotation => ({
  kind: 'quote',
  start: turn.body.start,
  end: turn.body.end,
  sentence: view.tokens[tokenAt(view.tokens, turn.body.start)]?.sentence ?? 0,
  text: normaliseSpace(view.text.slice(turn.body.start, turn.body.end)),
  parts: [turn.body],
  speaker,
  speakerSpan: speaker ? turn.nameSpan : null,
  cue: null,
  form: 'transcript',
});

/** A fragment worked into the writer's sentence, rather than a quote standing as its own sentence. */
const partialAt = (view: TokenView, pos: SpanTokens): boolean => {
  if (opensSentence(view, pos)) return false;
  const introduced = view.tokens[pos.open - 1]?.text === ',' || cueAt(view, pos.open - 1) !== null;
  return !introduced || /^\p{Ll}/u.test(view.tokens[pos.first]?.text ?? '');
};

/**
 * Direct quotes with their speakers: quoted spans attributed from the tokens around them (cue verbs, speaker
 * phrases, pronouns resolved to the speaker they follow), and newsmaker turns of broadcast transcripts.
 */
export const extractQuotes = (layer: TextLayer, entityMentions: readonly EntityMention[]): QuoteAnnotation[] => {
  const view = buildView(layer.text, layer.tokens);
  const turns = findTurns(layer.text);
  const spoken = turns.filter((t) => !t.narrator).map((t) => t.body);
  const spans = findQuotedSpans(layer.text).filter((s) => !spoken.some((b) => s.start >= b.start && s.start < b.end));
  const items = collectItems(view, spans, turns);

  const tracker: Tracker = { view, people: collectPeople(view, entityMentions), events: [] };
  const pieces: QuotePiece[] = [];
  const out: QuoteAnnotation[] = [];
  for (const item of items) {
    if (item.kind === 'cue') {
      record(tracker, resolvePhrase(tracker, item.phrase, item.at));
    } else if (item.kind === 'mention') {
      const e = resolvePhrase(tracker, { kind: 'name', start: item.at, end: item.end, role: null }, item.at);
      if (e.person) record(tracker, { ...e, head: item.head || e.head, spoke: false, subject: item.subject });
    } else if (item.kind === 'turn') {
      const full = /^UNIDENTIFIED\b/.test(item.turn.name) ? null : fullName(tracker.people, titleCase(item.turn.name));
      const label = full && full === full.toUpperCase() ? titleCase(full) : full;
      const span = item.turn.nameSpan;
      if (label)
        record(tracker, {
          token: item.at,
          name: label,
          span,
          kind: 'name',
          person: true,
          head: '',
          spoke: true,
          subject: false,
        });
      out.push(turnQuote(view, item.turn, label));
    } else {
      // in `"…," he said` the words before the quote in its sentence are what he said, never who "he" is
      const lookup = item.attr.kind === 'after' ? sentenceRange(view.tokens, item.pos.open)[0] : item.at;
      const own = item.attr.speaker ? resolvePhrase(tracker, item.attr.speaker, item.at, lookup) : null;
      const carried = item.attr.kind === 'none' ? inherit(tracker, item.pos.open, CONTINUATION_REACH) : null;
      if (own) record(tracker, own);
      const last = pieces[pieces.length - 1];
      const sibling =
        last !== undefined &&
        last.attr.kind !== 'none' &&
        sentenceOf(view, last.pos.close) === sentenceOf(view, item.pos.open);
      if (!isQuote(view, item.pos, item.span, item.attr, { inherited: carried !== null, sibling })) continue;
      const speaker = own ?? carried;
      // a quote carried on from a speaker shows that speaker talking again, for the pronouns that follow
      if (!own && carried) record(tracker, { ...carried, token: item.pos.open, spoke: true, subject: false });
      pieces.push({
        span: item.span,
        continues: item.span.continues,
        pos: item.pos,
        attr: item.attr,
        speaker,
        partial: partialAt(view, item.pos),
      });
    }
  }
  pieces.sort((a, b) => a.span.start - b.span.start);
  return [...out, ...assemble(view, pieces)].sort((a, b) => a.start - b.start);
};
