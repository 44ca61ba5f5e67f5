import type { QuantityAnnotation } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';

/** Head nouns that count the same thing under another name. */
const HEAD_CLASSES: Readonly<Record<string, string>> = {
  soldier: 'troop',
  troop: 'troop',
  serviceman: 'troop',
  servicemen: 'troop',
  fighter: 'troop',
  force: 'troop',
  personnel: 'troop',
  people: 'person',
  person: 'person',
  individual: 'person',
  dead: 'death',
  death: 'death',
  fatality: 'death',
  killed: 'death',
  injured: 'injury',
  wounded: 'injury',
  injury: 'injury',
};

/** Words that do not change what is counted: function words, placement verbs, generic place nouns. */
const NEUTRAL = words('figures/neutral-qualifiers');

/** A crude stem that lets "Korean" meet "Korea" and "trained" meet "training". */
const stem = (w: string): string => (w.length >= 5 ? w.slice(0, 5) : w.replace(/s$/, ''));

export const headClass = (q: QuantityAnnotation): string => {
  const head = q.head ?? '';
  return HEAD_CLASSES[head] ?? head;
};

/** The words that narrow what is counted, stemmed, sorted: equal sets mean the same thing. */
export const qualifierKey = (q: QuantityAnnotation): string => {
  const head = q.head ?? '';
  const heads = new Set([
    stem(head),
    ...Object.keys(HEAD_CLASSES)
      .filter((h) => HEAD_CLASSES[h] === headClass(q))
      .map(stem),
  ]);
  const words = q.what
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NEUTRAL.has(w))
    .map(stem)
    .filter((w) => !heads.has(w));
  return [...new Set(words)].sort().join(' ');
};

/** The key under which figures about the same thing meet: head class, unit, rate and qualifiers. */
export const groupKey = (q: QuantityAnnotation, partOfEarlier: boolean): string =>
  [headClass(q), q.unit ?? '', q.rate ?? '', qualifierKey(q), partOfEarlier ? 'part' : ''].join('|');
