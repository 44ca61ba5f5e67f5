import { readFileSync } from 'node:fs';

/** The package's own manifest, two folders up from both `src/report/` and `dist/report/`. */
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  readonly name: string;
  readonly version: string;
};

export const VERSION: string = manifest.version;

/** Who wrote a report ("triangulate 0.1.0"), as the report's `generator` field and `--version` give it. */
export const GENERATOR = `${manifest.name} ${VERSION}`;
