import type { EntityMention, QuoteAnnotation, TextLayer } from '../../doc/index.js';
import { assemble, normaliseSpace, type QuotePiece } from './assemble.js';
import { isQuote, opensSentence } from './classify.js';
import { cueAt } from './cues.js';
import { inherit, record, type SpeakerEvent, type Tracker } from './events.js';
import { collectItems } from './items.js';
import { findQuotedSpans } from './marks.js';
import { collectPeople, fullName, lastWord } from './people.js';
import type { RoleMention } from './role-mentions.js';
import type { SpanTokens } from './span-tokens.js';
import { buildView, sameParagraph, sentenceRange, type TokenView, tokenAt } from './tokens.js';
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
  sentence: view.source[tokenAt(view.tokens, turn.body.start)]?.sentence ?? 0,
  text: normaliseSpace(view.text.slice(turn.body.start, turn.body.end)),
  parts: [turn.body],
  speaker,
  speakerSpan: speaker ? turn.nameSpan : null,
  cue: null,
  form: 'transcript',
});

/** An unnamed person written by a gendered role word, known to be "he" or "she" from then on. */
const roleEvent = (view: TokenView, role: RoleMention, subject: boolean, tracker: Tracker): SpeakerEvent => {
  const text = normaliseSpace(
    view.text.slice(view.tokens[role.start]?.start ?? 0, view.tokens[role.end - 1]?.end ?? 0),
  );
  tracker.people.genders.set(lastWord(text), role.gender);
  const span = { start: view.tokens[role.start]?.start ?? 0, end: view.tokens[role.end - 1]?.end ?? 0 };
  return { token: role.at, name: text, span, kind: 'role', person: true, head: lastWord(text), spoke: false, subject };
};

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
    } else if (item.kind === 'pronoun') {
      const e = resolvePhrase(tracker, { kind: 'pronoun', start: item.at, end: item.at + 1, role: null }, item.at);
      if (e.name) record(tracker, { ...e, spoke: false, subject: true });
    } else if (item.kind === 'role') {
      // "Ada Quill, an agreeable woman": the role tells the named person's gender, and is no one else
      if (item.role.names) tracker.people.genders.set(item.role.names, item.role.gender);
      else record(tracker, roleEvent(view, item.role, item.subject, tracker));
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
      const attributed = last !== undefined && last.attr.kind !== 'none';
      const gap = attributed ? sentenceOf(view, item.pos.open) - sentenceOf(view, last.pos.close) : -1;
      const follows = attributed && gap === 1 && sameParagraph(view, last.pos.close, item.pos.open);
      const context = { inherited: carried !== null, sibling: gap === 0, follows };
      if (!isQuote(view, item.pos, item.span, item.attr, context)) continue;
      const speaker = own ?? carried;
      // a quote carried on from a speaker shows that speaker talking again, for the pronouns that follow
      if (!own && carried)
        record(tracker, { ...carried, token: item.pos.open, spoke: true, subject: false, inferred: true });
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
