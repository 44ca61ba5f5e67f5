import { words } from '../../lexicon/index.js';
import type { Candidate, DocContext } from './context.js';
import { spanOf } from './context.js';
import { isFirstName, LEX, lookupName } from './gazetteer/index.js';
import type { Knowledge } from './knowledge.js';
import { joined, knownCandidate } from './known.js';
import type { Unit } from './name-words.js';
import { normalizeKey } from './normalize.js';
import { opensSentence } from './runs.js';

const MAX_NAME_UNITS = 4;

// Not DET or PRON: "The" opens many names ("The Hague") and "I" is always capitalised.
const FUNCTION_POS = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ']);
/** Short words that headline style leaves in lower case ("Reid Checks into Rehab"). */
const HEADLINE_SMALL = words('function-words/title-case-small-words');
const CONTENT = /^\p{L}{4,}$/u;

interface Tally {
  content: number;
  prose: number;
  functions: number;
  /** Index of the sentence's last token. */
  last: number;
}

/** A sentence cut short by a stray full stop ("Olney of ESPN. com believes ..."): the text goes on in lower case. */
const cutShort = (ctx: DocContext, t: Tally): boolean => {
  const last = ctx.tokens[t.last];
  const next = ctx.tokens[t.last + 1];
  if (!last || !next || ctx.text.slice(last.end, next.start).includes('\n')) return false;
  const c = next.text[0] ?? '';
  return c !== c.toUpperCase();
};

/**
 * Sentences in title case or capitals (headlines, captions), where a capital letter does not mark a name: no
 * lower-case word but headline function words (unless cut short), or as many capitalised function words as
 * lower-case words.
 */
export const shoutedSentences = (ctx: DocContext, consumed: ReadonlySet<number>): Set<number> => {
  const tallies = new Map<number, Tally>();
  const tally = (sentence: number): Tally => {
    let t = tallies.get(sentence);
    if (!t) {
      t = { content: 0, prose: 0, functions: 0, last: 0 };
      tallies.set(sentence, t);
    }
    return t;
  };
  ctx.tokens.forEach((t, i) => {
    const c = t.text[0] ?? '';
    const lower = c !== c.toUpperCase();
    const s = tally(t.sentence);
    s.last = i;
    if (lower && t.type === 'word' && !HEADLINE_SMALL.has(t.normal)) s.prose++;
  });
  for (const u of ctx.units) {
    if (consumed.has(u.index)) continue;
    const s = tally(u.sentence);
    if (CONTENT.test(u.text)) s.content++;
    if (u.cap && FUNCTION_POS.has(u.pos) && !opensSentence(ctx, u.first, u.sentence)) s.functions++;
  }
  const out = new Set<number>();
  for (const [sentence, s] of tallies) {
    // Titles of works inside prose capitalise function words too ("Down to Earth and About a Boy").
    const titled = s.functions >= 2 && s.functions >= s.prose;
    if ((s.content >= 3 && s.prose === 0 && !cutShort(ctx, s)) || titled) out.add(sentence);
  }
  return out;
};

const adjacentUnits = (part: readonly Unit[]): boolean =>
  part.every((u, j) => j === 0 || (u.first === (part[j - 1] as Unit).last + 1 && u.sentence === part[0]?.sentence));

/** A given name and the capitalised word after it ("Lindsay Lohan Checks Into Rehab"): a person's name. */
const givenAndFamily = (ctx: DocContext, part: readonly Unit[]): Candidate | undefined => {
  const [given, surname] = part;
  if (!given || !surname || !adjacentUnits(part) || ctx.lowerWords.has(given.word) || !isFirstName(given.text)) {
    return undefined;
  }
  if (LEX.stopCaps.has(surname.word) || ctx.lowerWords.has(surname.word) || lookupName(surname.text)) return undefined;
  return spanOf(part, { type: 'person', role: null, metonym: false, strong: true, initial: false, kind: null });
};

/** Reads a title-case or capitals sentence for names the gazetteer or the article knows, and given names. */
export const readShouted = (ctx: DocContext, units: readonly Unit[], known: Knowledge): Candidate[] => {
  const out: Candidate[] = [];
  let i = 0;
  while (i < units.length) {
    let matched = 0;
    for (let k = Math.min(MAX_NAME_UNITS, units.length - i); k > 0 && matched === 0; k--) {
      const part = units.slice(i, i + k);
      if (!adjacentUnits(part) || !part[0]?.cap) continue;
      const entry = lookupName(joined(part));
      const key = normalizeKey(joined(part));
      const type = known.persons.has(key) ? 'person' : known.typed.get(key);
      const c = entry
        ? knownCandidate(ctx, part, entry, false)
        : type && spanOf(part, { type, role: null, metonym: false, strong: true, initial: false, kind: null });
      if (c) {
        out.push(c);
        matched = k;
      }
    }
    const person = matched === 0 ? givenAndFamily(ctx, units.slice(i, i + 2)) : undefined;
    if (person) out.push(person);
    i += person ? 2 : Math.max(1, matched);
  }
  return out;
};
