import type { Token } from '../../doc/index.js';
import { words } from '../../lexicon/index.js';

/** Sentences at least this long (in words) are split into clauses where coordination allows. */
const LONG_SENTENCE = 30;
const MIN_CLAUSE = 6;
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
/** A clause that can stand alone starts with its subject. */
const SUBJECT_START = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);

const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM';

const standsAlone = (tokens: readonly Token[], verbless = false): boolean =>
  tokens.filter(isWord).length >= MIN_CLAUSE && (verbless || tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));

interface Cut {
  readonly cut: number;
  readonly resume: number;
  /** After a dash the rest may be a verbless comment: "… in coming days – a serious escalation of the war." */
  readonly appositive: boolean;
}

const DASHES = words('punctuation/dashes');

/** Where a new clause may begin: after ";", ", and"/", but"/", while", or a dash, outside quotation marks. */
const cutPoints = (tokens: readonly Token[]): Cut[] => {
  const out: Cut[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.text === '“' || (t.text === '"' && depth === 0)) depth++;
    else if (t.text === '”' || t.text === '"') depth = Math.max(0, depth - 1);
    if (depth > 0) return;
    const next = tokens[i + 1];
    if (t.text === ';') out.push({ cut: i, resume: i + 1, appositive: false });
    else if (DASHES.has(t.text) && i > 0) out.push({ cut: i, resume: i + 1, appositive: true });
    else if (t.text === ',' && next && CONJUNCTIONS.has(next.normal)) {
      const first = tokens[i + 2];
      if (first && SUBJECT_START.has(first.pos)) out.push({ cut: i, resume: i + 2, appositive: false });
    }
  });
  return out;
};

/** The clauses of a sentence as token ranges [from, to); one range when the sentence is short or not coordinated. */
export const clauseRanges = (tokens: readonly Token[]): [number, number][] => {
  if (tokens.filter(isWord).length < LONG_SENTENCE) return [[0, tokens.length]];
  const ranges: [number, number][] = [];
  let from = 0;
  for (const { cut, resume, appositive } of cutPoints(tokens)) {
    if (standsAlone(tokens.slice(from, cut)) && standsAlone(tokens.slice(resume), appositive)) {
      ranges.push([from, cut]);
      from = resume;
    }
  }
  ranges.push([from, tokens.length]);
  return ranges;
};
