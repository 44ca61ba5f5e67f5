import { attribute } from './attribution.js';
import type { Attribution } from './attribution-record.js';
import { speakerOfCue } from './cue-speaker.js';
import { cuesIn } from './cues.js';
import type { MarkedSpan } from './marks.js';
import { runEnd, splitRun } from './names.js';
import { mentionable } from './people.js';
import type { SpeakerPhrase } from './phrase.js';
import { type RoleMention, roleMentions } from './role-mentions.js';
import { type SpanTokens, spanTokens } from './span-tokens.js';
import { mentionSubject, opensClause } from './subjects.js';
import { sentenceRange, type TokenView, tokenAt } from './tokens.js';
import type { Turn } from './transcript.js';

const PERSONAL = new Set(['he', 'she']);

export type Item =
  | { readonly at: number; readonly kind: 'cue'; readonly phrase: SpeakerPhrase }
  | {
      readonly at: number;
      readonly kind: 'span';
      readonly span: MarkedSpan;
      readonly pos: SpanTokens;
      readonly attr: Attribution;
    }
  | { readonly at: number; readonly kind: 'turn'; readonly turn: Turn }
  | { readonly at: number; readonly kind: 'pronoun' }
  | { readonly at: number; readonly kind: 'role'; readonly role: RoleMention; readonly subject: boolean }
  | {
      readonly at: number;
      readonly kind: 'mention';
      readonly end: number;
      readonly head: string;
      readonly subject: boolean;
    };

/** Marks the tokens of a quoted span (marks included) so that attribution never reads quoted words. */
export const markQuoted = (view: TokenView, pos: SpanTokens): void => {
  const last = pos.closed ? pos.close : pos.last;
  for (let k = pos.open; k <= last; k++) view.quoted[k] = 1;
};

/** Reporting verbs outside quotes that attribution did not use: indirect speech that shows who is talking. */
const freeCues = (view: TokenView, used: ReadonlySet<number>): Item[] => {
  const out: Item[] = [];
  for (const cue of cuesIn(view, 0, view.tokens.length)) {
    // "by failing to report their involvement": an infinitive reports nothing said
    if (used.has(cue.index) || view.tokens[cue.index - 1]?.normal === 'to') continue;
    const [a, b] = sentenceRange(view.tokens, cue.index);
    let floor = cue.index;
    while (floor > a && !view.quoted[floor - 1]) floor--;
    let ceil = cue.index + 1;
    while (ceil < b && !view.quoted[ceil]) ceil++;
    const phrase = speakerOfCue(view, cue, floor, ceil);
    if (phrase) out.push({ at: cue.index, kind: 'cue', phrase });
  }
  return out;
};

/** Names written outside quotes, which pronouns may refer back to. */
const mentions = (view: TokenView): Item[] => {
  const out: Item[] = [];
  for (let i = 0; i < view.tokens.length; ) {
    const e = runEnd(view, i, view.tokens.length);
    if (e === i || view.quoted[i]) {
      i = Math.max(e, i + 1);
      continue;
    }
    const { role, name } = splitRun(view, i, e);
    const [a, b] = name;
    const before = view.tokens[i - 1];
    const head =
      role[1] > role[0] ? (view.tokens[role[1] - 1]?.normal ?? '') : before?.pos === 'NOUN' ? before.normal : '';
    const subject = mentionSubject(view, i, e);
    if (b > a && mentionable(view, i, a, e)) out.push({ at: a, kind: 'mention', end: b, head, subject });
    i = e;
  }
  return out;
};

/** "She spoke with pride …": "he" or "she" opening a clause outside quotes, which keeps its person in view. */
const subjectPronouns = (view: TokenView): Item[] =>
  view.tokens.flatMap((t, i) =>
    !view.quoted[i] && t.pos === 'PRON' && PERSONAL.has(t.normal) && opensClause(view, i)
      ? [{ at: i, kind: 'pronoun' as const }]
      : [],
  );

/** Everything the speaker tracker walks through, in text order: quoted spans, free cues, name mentions, turns. */
export const collectItems = (view: TokenView, spans: readonly MarkedSpan[], turns: readonly Turn[]): Item[] => {
  const positions = spans.map((s) => spanTokens(view, s));
  for (const p of positions) markQuoted(view, p);
  const items: Item[] = spans.map((span, k) => {
    const pos = positions[k] as SpanTokens;
    const attr = attribute(view, pos);
    return { at: attr.cue?.index ?? attr.speaker?.start ?? pos.open, kind: 'span', span, pos, attr };
  });
  const used = new Set(items.flatMap((i) => (i.kind === 'span' && i.attr.cue ? [i.attr.cue.index] : [])));
  const roles = roleMentions(view).map((role) => ({
    at: role.at,
    kind: 'role' as const,
    role,
    subject: opensClause(view, role.start),
  }));
  // one item at a time: spreading a list of 100,000 mentions into push overflows the call stack
  for (const more of [freeCues(view, used), mentions(view), subjectPronouns(view), roles])
    for (const item of more) items.push(item);
  for (const turn of turns) {
    if (!turn.narrator) items.push({ at: tokenAt(view.tokens, turn.nameSpan.start), kind: 'turn', turn });
  }
  return items.sort((x, y) => x.at - y.at);
};
