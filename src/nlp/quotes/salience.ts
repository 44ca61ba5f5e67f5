import { previousSentence, type SpeakerEvent, sentenceOf, type Tracker } from './events.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon.js';
import { type Gender, lastWord } from './people.js';
import { tokenAt } from './tokens.js';

const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);

/** Sentences back within which a candidate may be what a pronoun means. */
const REACH = 12;
/** Sentences within which a candidate's speaking counts as the topic of the talk. */
const RECENT = 3;

/** Where one candidate stands when a pronoun is read: its latest event and what the text has shown of it. */
interface Standing {
  latest: SpeakerEvent;
  count: number;
  spoke: boolean;
  subjectAt: number;
}

/** Each compatible candidate's standing, from every event written before token `at`. */
const standings = (t: Tracker, at: number, fits: (e: SpeakerEvent) => boolean): Standing[] => {
  const here = sentenceOf(t.view, at);
  const byName = new Map<string, Standing>();
  for (const x of t.events) {
    if (x.token >= at) break;
    if (!x.name || !fits(x)) continue;
    const s = byName.get(x.name) ?? { latest: x, count: 0, spoke: false, subjectAt: -1 };
    const sentence = sentenceOf(t.view, x.token);
    s.latest = x;
    s.count++;
    if (x.spoke && here - sentence <= RECENT) s.spoke = true;
    if (x.subject || x.spoke) s.subjectAt = sentence;
    byName.set(x.name, s);
  }
  return [...byName.values()].filter((s) => here - sentenceOf(t.view, s.latest.token) <= REACH);
};

/** Evidence that a name stands for one person of gender `g`, or at least for a person. */
const personhood = (t: Tracker, x: SpeakerEvent, g: Gender): number => {
  const name = x.name ?? '';
  const given = name.split(' ')[0]?.toLowerCase() ?? '';
  const known =
    t.people.genders.get(lastWord(name)) ?? (MALE_NAMES.has(given) ? 'm' : FEMALE_NAMES.has(given) ? 'f' : null);
  if (known && known === g) return 2;
  return x.person || x.kind === 'role' ? 0 : -2;
};

/** A bare mention inside a prepositional phrase or as a possessive ("with Epstein", "Epstein's mansion"). */
const oblique = (t: Tracker, x: SpeakerEvent): boolean => {
  if (x.spoke || x.subject) return false;
  const end = tokenAt(t.view.tokens, x.span?.end ?? 0);
  // "her teenage daughter": a person written relative to another
  if (x.kind === 'role' && POSSESSIVES.has(t.view.tokens[x.token - 1]?.normal ?? '')) return true;
  return t.view.tokens[x.token - 1]?.pos === 'ADP' || /^['’]s$/.test(t.view.tokens[end]?.text ?? '');
};

/**
 * The candidate a personal pronoun most likely means: near, the subject of the sentence before, heard speaking
 * lately, known to have the pronoun's gender, often mentioned, and not last seen in a side role; the latest wins a tie.
 */
export const salient = (t: Tracker, at: number, g: Gender, fits: (e: SpeakerEvent) => boolean): SpeakerEvent | null => {
  const here = sentenceOf(t.view, at);
  const before = previousSentence(t.view, at);
  let best: SpeakerEvent | null = null;
  let top = Number.NEGATIVE_INFINITY;
  for (const s of standings(t, at, fits)) {
    const distance = here - sentenceOf(t.view, s.latest.token);
    const score =
      -distance +
      (s.subjectAt === before ? 3 : 0) +
      (s.spoke ? 2 : 0) +
      personhood(t, s.latest, g) +
      Math.min(2, Math.log2(s.count)) -
      (oblique(t, s.latest) ? 1 : 0);
    if (score > top || (score === top && best !== null && s.latest.token > best.token)) {
      top = score;
      best = s.latest;
    }
  }
  return best;
};
