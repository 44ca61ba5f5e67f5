import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `data/lexicon` of the package, found from this file so it works from `src/` (tsx) and from `dist/`. */
export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

/** The entries of a list file: one a line, blank lines and lines starting with `#` left out. */
export const parseLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));

/** A `key<TAB>value` line split in two; a line without a tab is a mistake in the data. */
export const parsePair = (line: string, where: string): readonly [string, string] => {
  const tab = line.indexOf('\t');
  if (tab <= 0) throw new Error(`${where}: "${line}" needs a key, a tab and a value`);
  return [line.slice(0, tab).trim(), line.slice(tab + 1).trim()];
};

/** The entries of `data/lexicon/<name>.<ext>`; a missing or empty list is a packaging mistake, so it throws. */
export const readList = (name: string, ext: 'txt' | 'tsv'): string[] => {
  const file = `${LEXICON_DIR}${name}.${ext}`;
  const lines = parseLines(readFileSync(file, 'utf8'));
  if (lines.length === 0) throw new Error(`${file}: the word list is empty`);
  return lines;
};

/** Every list file under `data/lexicon`, as `kind/name.ext`, for the tests that compare it with the manifest. */
export const listFiles = (): string[] =>
  readdirSync(LEXICON_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`${LEXICON_DIR}${d.name}`)
        .filter((f) => f.endsWith('.txt') || f.endsWith('.tsv'))
        .map((f) => `${d.name}/${f}`),
    )
    .sort();
