import { union, words } from '../../lexicon/index.js';
import { type DocContext, isPossessive } from './context.js';
import { bridgingNumber, leadingNumber } from './digits.js';
import { isFirstName, LEX, lookupName } from './gazetteer/index.js';
import type { Unit } from './name-words.js';

/** A maximal sequence of capitalised units, with the particles and "of" that join them. */
export interface Run {
  readonly units: readonly Unit[];
  /** True when the run opens its sentence (or a quotation, or follows a colon or dash). */
  readonly initial: boolean;
  /** The token of a number that opens the name ("787 Dreamliner", "20th Century Fox"). */
  readonly lead?: number;
}

const OPENERS = union(['“', '"', '‘', "'", '(', '[', ':', ';', '-', '•', '*', '…'], words('punctuation/dashes'));

/** A capitalised unit that can be part of a name. */
const nameUnit = (u: Unit | undefined, previous: Unit | undefined): u is Unit => {
  if (!u?.cap) return false;
  if (LEX.stopCaps.has(u.word)) return false;
  if (u.text.length === 1) return false;
  if (LEX.nameMonths.has(u.word)) return previous !== undefined && isFirstName(previous.text);
  return true;
};

/** Whether `joiner` (a lower-case unit) may link `left` to the next capitalised unit. */
const links = (left: Unit, joiner: Unit): boolean => {
  if (joiner.word === 'of') {
    return LEX.orgOfHeads.has(left.word) || LEX.placeOfHeads.has(left.word) || LEX.coreTitles.has(left.word);
  }
  if (joiner.word === 'for' || joiner.word === 'on') return LEX.orgOfHeads.has(left.word);
  return !joiner.cap && LEX.particles.has(joiner.word);
};

const follows = (a: Unit, b: Unit | undefined, gap = 1): b is Unit =>
  b !== undefined && !a.possessive && b.sentence === a.sentence && b.first === a.last + gap;

export const opensSentence = (ctx: DocContext, first: number, sentence: number): boolean => {
  const prev = ctx.tokens[first - 1];
  if (!prev || prev.sentence !== sentence) return true;
  // A hyphen touching the word joins a compound ("then-Secretary"); only a spaced dash opens a clause.
  if (prev.text === '-' && prev.end === ctx.tokens[first]?.start) return false;
  return OPENERS.has(prev.text);
};

/** "Sam's Club", "St. Mary's Hospital": a possessive inside a name that ends as a body or place. */
const possessiveJoin = (ctx: DocContext, last: Unit, next: Unit | undefined): boolean => {
  // "Russia's Ministry of Defense" is two names: a known owner keeps its own.
  if (!next?.cap || next.sentence !== last.sentence || !LEX.orgSuffixes.has(next.word) || lookupName(last.text)) {
    return false;
  }
  const apostrophe = ctx.tokens[last.last + 1];
  const separate = isPossessive(apostrophe) && next.first === last.last + 2;
  return separate || (last.possessive && next.first === last.last + 1);
};

/** The units of the run starting at unit `i`, and the index after it. */
const extend = (ctx: DocContext, i: number, skip: (u: Unit) => boolean): { run: Unit[]; next: number } => {
  const { units } = ctx;
  const run: Unit[] = [units[i] as Unit];
  let j = i + 1;
  for (;;) {
    const last = run[run.length - 1] as Unit;
    const next = units[j];
    const after = units[j + 1];
    if (follows(last, next) && !skip(next) && nameUnit(next, last)) {
      run.push(next);
      j++;
    } else if (follows(last, next) && links(last, next)) {
      // Particles may come in twos ("van der", "de la") before the capitalised part they join.
      const second = after && !after.cap && LEX.particles.has(after.word) && follows(next, after) ? after : undefined;
      const target = second ? units[j + 2] : after;
      if (!follows(second ?? next, target) || !nameUnit(target, undefined)) return { run, next: j };
      run.push(next, ...(second ? [second] : []), target);
      j += second ? 3 : 2;
    } else if (possessiveJoin(ctx, last, next)) {
      run.push(next as Unit);
      j++;
    } else if (
      (ctx.tokens[last.last + 1]?.text === '&' || bridgingNumber(ctx, last)) &&
      follows(last, next, 2) &&
      nameUnit(next, undefined)
    ) {
      run.push(next);
      j++;
    } else return { run, next: j };
  }
};

/** "Fish and Wildlife Service": an "and" inside a name that ends as an organization or is a known name. */
const joinsOrganization = (ctx: DocContext, run: Unit[], j: number, skip: (u: Unit) => boolean): Unit[] | undefined => {
  const and = ctx.units[j];
  const start = ctx.units[j + 1];
  const last = run[run.length - 1] as Unit;
  if (
    and?.word !== 'and' ||
    !follows(last, and) ||
    !follows(and, start) ||
    skip(start) ||
    !nameUnit(start, undefined)
  ) {
    return undefined;
  }
  const rest = extend(ctx, j + 1, skip).run;
  const whole = [...run, and, ...rest];
  // "Bosnia and Herzegovina", "Procter and Gamble": known names with "and" inside.
  const known = lookupName(whole.map((u) => u.text).join(' ')) !== undefined;
  return known || LEX.orgSuffixes.has((rest[rest.length - 1] as Unit).word) ? whole : undefined;
};

/** Finds the runs of capitalised units outside `skip` (units already read, or sentences read otherwise). */
export const findRuns = (ctx: DocContext, skip: (u: Unit) => boolean): Run[] => {
  const runs: Run[] = [];
  let i = 0;
  while (i < ctx.units.length) {
    const start = ctx.units[i];
    if (!start || skip(start) || !nameUnit(start, undefined)) {
      i++;
      continue;
    }
    const { run, next } = extend(ctx, i, skip);
    const units = joinsOrganization(ctx, run, next, skip) ?? run;
    const lead = leadingNumber(ctx, units);
    const first = lead ?? start.first;
    runs.push({ units, initial: opensSentence(ctx, first, start.sentence), ...(lead === undefined ? {} : { lead }) });
    i = units === run ? next : (units[units.length - 1] as Unit).index + 1;
  }
  return runs;
};
