import { type AnnotatedArticle, annotationsOf, type EntityMention, type Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';
import { isCalendarName, isTitleWord } from './lexicon.js';
import type { Attribution, ClaimUnit } from './types.js';

const CUES = words('verbs/speech-verbs');
/** A speech verb, not its noun ("Secretary of State", "a note"). */
const isCue = (t: Token): boolean => CUES.has(t.lemma) && t.pos !== 'NOUN' && t.pos !== 'PROPN';
const VENUE =
  /\b(?:at|in|during)\s+(?:a|an|the)\s+((?:[\p{L}.'’-]+\s+){0,4}?(?:news conference|press conference|press briefing|briefing|hearing|statement|interview|speech|address|news release|press release|meeting))\b/iu;
const NAME_RUN = 3;

const isName = (t: Token | undefined): t is Token =>
  t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !isCalendarName(t.normal);

/** A proper-noun run ending at token `end` (inclusive), without the role words before it, or null. */
const nameBefore = (tokens: readonly Token[], end: number): Token[] | null => {
  let i = end;
  if (tokens[i]?.pos === 'ADV') i--;
  const run: Token[] = [];
  for (let t = tokens[i]; isName(t) && !isTitleWord(t.text) && run.length < NAME_RUN; t = tokens[--i]) run.unshift(t);
  // "The Pentagon said": a name after "the" is an institution, not a speaker.
  return run.length > 0 && tokens[i]?.normal !== 'the' ? run : null;
};

/** A proper-noun run starting at token `start`, role words skipped ("said German Defense Minister Boris Pistorius"). */
const nameAfter = (tokens: readonly Token[], start: number): Token[] | null => {
  let i = start;
  while (isName(tokens[i]) && isTitleWord(tokens[i]?.text ?? '')) i++;
  const run: Token[] = [];
  for (let t = tokens[i]; isName(t) && run.length < NAME_RUN; t = tokens[++i]) run.push(t);
  // "said Glib Voloskyi, an analyst": the name ends the clause; "said North Korea has sent" names no speaker.
  const after = tokens[i];
  return run.length > 0 && (!after || after.pos === 'PUNCT') ? run : null;
};

const runText = (text: string, first: Token, last: Token): string => text.slice(first.start, last.end);

/** The entity written next to a cue verb (after it, role words may come between), when entities were extracted. */
const entityAt = (entities: readonly EntityMention[], text: string, cue: Token): EntityMention | undefined =>
  entities.find(
    (e) =>
      (e.end <= cue.start && /^\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(e.end, cue.start))) ||
      (e.start >= cue.end &&
        /^\s*(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(cue.end, e.start)) &&
        /^\s*(?:[,.;:]|$)/.test(text.slice(e.end, e.end + 2))),
  );

/**
 * Who a claim is attributed to: the name next to a speech cue ("Blinken said", "said Glib Voloskyi", "according to
 * X"), "he"/"she" as the previous speaker, or the transcript turn's speaker; with the occasion when written.
 */
export const attributionOf = (
  doc: AnnotatedArticle,
  unit: ClaimUnit,
  previous: Attribution | null,
): Attribution | null => {
  const text = doc.article.text;
  const entities = annotationsOf(doc, 'entity').filter((e) => e.sentence === unit.sentence);
  const venue = VENUE.exec(unit.text)?.[1] ?? null;
  const { tokens } = unit;
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i];
    if (!cue || !(isCue(cue) || (cue.lemma === 'accord' && tokens[i + 1]?.normal === 'to'))) continue;
    const before = tokens[i - 1]?.normal;
    // '“…,” he said' and 'He said …': the pronoun is the speaker of the sentences just before.
    const opensClause = i === 1 || /^[,”"’']$/.test(tokens[i - 2]?.text ?? '');
    if ((before === 'he' || before === 'she') && opensClause && previous) {
      return { ...previous, venue: venue ?? previous.venue, span: null, written: false };
    }
    if (entities.length > 0) {
      const e = entityAt(entities, text, cue);
      if (e) {
        // "said engineer Tomas Okafor": the role between the cue and the name is part of who, not of what.
        const span = { start: Math.min(e.start, cue.end), end: e.end };
        return { name: e.name, person: e.type === 'person', venue, span, written: true };
      }
      continue;
    }
    const run =
      cue.lemma === 'accord' ? nameAfter(tokens, i + 2) : (nameBefore(tokens, i - 1) ?? nameAfter(tokens, i + 1));
    const [first, last] = [run?.[0], run?.[run.length - 1]];
    if (first && last) {
      const span = { start: first.start, end: last.end };
      return { name: runText(text, first, last), person: false, venue, span, written: true };
    }
  }
  return unit.turnSpeaker ? { name: unit.turnSpeaker, person: true, venue, span: null, written: true } : null;
};
