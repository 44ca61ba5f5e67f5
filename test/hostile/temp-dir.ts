import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Invented reports long enough to analyse; each call gives a different one so none is a duplicate of another. */
export const report = (town: string, day = 'Monday'): string =>
  `${town} harbour reopens\nThe invented harbour of ${town} reopened on ${day} after a year of dredging, the fictional harbour master Ilse Varro said.\n`;

/** A fresh directory under the system's temporary one, and its removal (deep trees included) for afterAll. */
export const tempDir = (prefix: string): { dir: string; at: (...names: string[]) => string; remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), `triangulate-${prefix}-`));
  return {
    dir,
    at: (...names) => join(dir, ...names),
    // rm -rf walks trees deeper than PATH_MAX, which fs.rm cannot.
    remove: () => {
      spawnSync('rm', ['-rf', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
