import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXCLUSIVE_KINDS,
  GAZETTEERS,
  gazetteer,
  listFiles,
  NUMBER_MAPS,
  numberMap,
  parseGazetteerLine,
  parseLines,
  readList,
  TEXT_MAPS,
  WORD_LISTS,
  words,
} from '../../src/lexicon/index.js';
import { normalizeKey } from '../../src/nlp/entities/normalize.js';
import { codeLists, duplicateEntries, sharedEntries } from './checks.js';

/** Word lists compare in any case and Unicode form; gazetteer names as entity lookup compares them. */
const normaliseWord = (w: string): string => w.normalize('NFC').toLowerCase();
const kindOf = (name: string): string => name.split('/')[0] ?? '';

/** The entries of a list as its users compare them: each name and alias of a gazetteer line, each key of a map. */
const entriesOf = (name: string): string[] => {
  if ((GAZETTEERS as readonly string[]).includes(name))
    return readList(name, 'txt').flatMap((l) => parseGazetteerLine(l).names);
  const tsv = [...NUMBER_MAPS, ...TEXT_MAPS] as readonly string[];
  return tsv.includes(name) ? readList(name, 'tsv').map((l) => l.split('\t')[0] ?? '') : readList(name, 'txt');
};
const normaliserOf = (name: string) => (kindOf(name) === 'gazetteer' ? normalizeKey : normaliseWord);
const ALL = [...WORD_LISTS, ...GAZETTEERS, ...NUMBER_MAPS, ...TEXT_MAPS];

/** Files that hold strings a rule matches but that are not words of a language. */
const NOT_LEXICONS = new Map([
  ['src/ingest/nesting.ts', 'HTML element names, markup rather than words'],
  ['src/nlp/dates/season-parser.ts', 'one regex grammar whose captured alternatives are read by position'],
]);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );

describe('the checkers', () => {
  it('find duplicates after normalisation, and only those', () => {
    expect(duplicateEntries(['Quillby', 'marrow', 'QUILLBY'], normaliseWord)).toEqual(['quillby']);
    expect(duplicateEntries(['Port Vell', 'Port-Vell.'], normalizeKey)).toEqual(['port vell']);
    expect(duplicateEntries(['quillby', 'marrow'], normaliseWord)).toEqual([]);
  });

  it('find a word claimed by two lists, and only that', () => {
    const lists = new Map([
      ['gazetteer/cities', ['Brackenford', 'Ostwick']],
      ['gazetteer/organizations', ['Ostwick', 'Tallow Guild']],
    ]);
    expect([...sharedEntries(lists, normalizeKey)]).toEqual([
      ['ostwick', ['gazetteer/cities', 'gazetteer/organizations']],
    ]);
    expect(
      sharedEntries(
        new Map([
          ['a', ['x']],
          ['b', ['y']],
        ]),
        normaliseWord,
      ).size,
    ).toBe(0);
  });

  it('find word lists written in code: arrays, word strings, alternations and month names', () => {
    const set = "const X = new Set(['alder', 'birch', 'cedar', 'damson', 'elder', 'fir', 'gorse', 'hazel', 'ivy']);";
    const string = "const Y = wordSet('alder birch cedar damson elder fir gorse hazel ivy');";
    const constant = 'export const TREES = `\nalder birch cedar damson\nelder fir gorse hazel ivy\n`;';
    const split = "const V = new Set('alder birch cedar damson elder fir gorse hazel ivy'.split(' '));";
    const regex = 'const Z = /^(alder|birch|cedar|damson|elder|fir|gorse|hazel|ivy)$/;';
    const months = 'const M = /(?:january|february)/;';
    for (const source of [set, string, split, constant, regex, months]) expect(codeLists(source)).toHaveLength(1);
    expect(
      codeLists("const S = new Set(['a', 'an', 'the']); const P = /^(in|at|on)$/; const T = ['NOUN', 'VERB'];"),
    ).toEqual([]);
    expect(codeLists("throw new Error('the file could not be read because it is not there at all');")).toEqual([]);
  });

  it('parse a gazetteer line into names and demonyms, and skip comments and blank lines', () => {
    expect(parseGazetteerLine('Vellmark|Vell=Vellish|Vellan')).toEqual({
      names: ['Vellmark', 'Vell'],
      demonyms: ['Vellish', 'Vellan'],
    });
    expect(parseLines('# header\n\nalder\n  birch  \n')).toEqual(['alder', 'birch']);
    expect(parseLines('# only a header\n')).toEqual([]);
  });
});

describe('data/lexicon', () => {
  it('holds exactly the lists the loader names, each with a header saying what it is for', () => {
    const named = ALL.map(
      (n) => `${n}.${([...NUMBER_MAPS, ...TEXT_MAPS] as readonly string[]).includes(n) ? 'tsv' : 'txt'}`,
    );
    expect(listFiles()).toEqual([...named].sort());
    for (const file of listFiles()) expect(readFileSync(path.join('data/lexicon', file), 'utf8')).toMatch(/^# \S/);
  });

  it('has no empty list and no list with a duplicate entry', () => {
    for (const name of ALL) {
      const entries = entriesOf(name);
      expect(entries.length, name).toBeGreaterThan(0);
      expect(duplicateEntries(entries, normaliserOf(name)), name).toEqual([]);
    }
  });

  it('gives no word to two lists of an exclusive kind', () => {
    for (const kind of EXCLUSIVE_KINDS) {
      const lists = new Map(ALL.filter((n) => kindOf(n) === kind).map((n) => [n, entriesOf(n)]));
      expect(lists.size, kind).toBeGreaterThan(1);
      const normalise = kind === 'gazetteer' ? normalizeKey : normaliseWord;
      expect(Object.fromEntries(sharedEntries(lists, normalise)), kind).toEqual({});
    }
  });

  it('loads each list once, typed, as the stages read it', () => {
    expect(words('verbs/speech-verbs').has('say')).toBe(true);
    expect(numberMap('calendar/months').get('september')).toBe(9);
    expect(gazetteer('gazetteer/countries').find((r) => r.names.includes('Ukraine'))?.demonyms).toContain('Ukrainian');
    expect(words('verbs/speech-verbs')).toBe(words('verbs/speech-verbs'));
  });
});

describe('src', () => {
  it('defines no word list in code: lists belong in data/lexicon', () => {
    const found = sourceFiles('src')
      .filter((f) => !NOT_LEXICONS.has(f))
      .flatMap((f) => codeLists(readFileSync(f, 'utf8')).map((l) => `${f}:${l.line} ${l.words.slice(0, 6).join(' ')}`));
    expect(found).toEqual([]);
  });
});
