import { InputError } from './errors.js';

/** The kinds of directory entry that are not regular files, as file status and directory entries both report them. */
interface EntryKind {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}

const kindOf = (entry: EntryKind): string => {
  if (entry.isDirectory()) return 'a directory';
  if (entry.isSymbolicLink()) return 'a symbolic link, not followed inside a directory';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'of an unknown kind';
};

/** Directories, pipes, devices and links where a file was expected: reading them fails, blocks or never ends. */
export const notRegularFile = (input: string, entry: EntryKind): InputError =>
  new InputError(input, `not a regular file (${kindOf(entry)})`, 'not-regular-file');

/** A file-system failure in the user's terms: "no such file or directory", "cannot read (EACCES)". */
export const fsError = (input: string, error: unknown, action: string): InputError => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(input, 'no such file or directory', 'not-found');
  if (code === 'EISDIR') return new InputError(input, 'not a regular file (a directory)', 'not-regular-file');
  return new InputError(input, `${action} (${code ?? 'unknown error'})`, 'unreadable');
};
