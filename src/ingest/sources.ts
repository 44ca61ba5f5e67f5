import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { formatOfPath } from './formats.js';
import { fsError, notRegularFile } from './fs-errors.js';

export type Source =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string };

export const describeSource = (source: Source): string =>
  source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '<stdin>';

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const unsupported = (input: string): InputError =>
  new InputError(
    input,
    'unsupported format (expected .txt, .md, .html, .json, .jsonl, .xml, .rss or .atom)',
    'unsupported-format',
  );

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Files under a directory, recursively, in code-point order of their paths. Hidden entries are passed over; links,
 * pipes, devices, unsupported files and unreadable subdirectories are each named, and the rest still read.
 */
const walk = async (dir: string, files: string[], errors: InputError[]): Promise<void> => {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(fsError(dir, error, 'cannot read directory'));
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, files, errors);
    else if (!entry.isFile()) errors.push(notRegularFile(path, entry));
    else if (!formatOfPath(path)) errors.push(unsupported(path));
    else files.push(path);
  }
};

/** One command-line path: links the user named are followed; only directories and regular files are read. */
const expandPath = async (input: string, sources: Source[], errors: InputError[]): Promise<void> => {
  let found: Awaited<ReturnType<typeof stat>>;
  try {
    found = await stat(input);
  } catch (error) {
    errors.push(fsError(input, error, 'cannot open'));
    return;
  }
  if (found.isDirectory()) {
    const files: string[] = [];
    const before = errors.length;
    await walk(input, files, errors);
    if (files.length === 0 && errors.length === before)
      errors.push(new InputError(input, 'directory holds no readable article files', 'empty'));
    for (const path of files) sources.push({ kind: 'file', path });
  } else if (!found.isFile()) errors.push(notRegularFile(input, found));
  else if (!formatOfPath(input)) errors.push(unsupported(input));
  else sources.push({ kind: 'file', path: input });
};

/** The command line's inputs as a flat list of sources; inputs that cannot be opened become errors. */
export const expandInputs = async (inputs: readonly string[]): Promise<{ sources: Source[]; errors: InputError[] }> => {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    if (input === '-') sources.push({ kind: 'stdin' });
    else if (isUrl(input)) sources.push({ kind: 'url', url: input });
    else await expandPath(input, sources, errors);
  }
  return { sources, errors };
};
