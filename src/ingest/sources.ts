import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { formatOfPath } from './formats.js';

export type Source =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string };

export const describeSource = (source: Source): string =>
  source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '<stdin>';

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Files under a directory, recursively, in code-point order of their paths; hidden entries and links skipped. */
const walk = async (dir: string, out: string[]): Promise<void> => {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && formatOfPath(path)) out.push(path);
  }
};

/** The command line's inputs as a flat list of sources; inputs that cannot be opened become errors. */
export const expandInputs = async (inputs: readonly string[]): Promise<{ sources: Source[]; errors: InputError[] }> => {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    if (isUrl(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    try {
      const stat = await lstat(input);
      if (stat.isDirectory()) {
        const files: string[] = [];
        await walk(input, files);
        if (files.length === 0) errors.push(new InputError(input, 'directory holds no readable article files'));
        for (const path of files) sources.push({ kind: 'file', path });
      } else if (!formatOfPath(input)) {
        errors.push(
          new InputError(input, 'unsupported format (expected .txt, .md, .html, .json, .jsonl, .xml, .rss or .atom)'),
        );
      } else sources.push({ kind: 'file', path: input });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(
        new InputError(
          input,
          code === 'ENOENT' ? 'no such file or directory' : `cannot open (${code ?? 'unknown error'})`,
        ),
      );
    }
  }
  return { sources, errors };
};
