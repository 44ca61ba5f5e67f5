import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATEGORIES,
  type Category,
  type Draft,
  type Entry,
  type FuzzCase,
  type FuzzFile,
  type Generator,
  type Manifest,
} from './cases.js';
import { mutatedReal, randomBytes } from './gen/bytes.js';
import { outOfRangeDates } from './gen/dates.js';
import { oddEncoding } from './gen/encodings.js';
import { entityBomb } from './gen/entities.js';
import { hostileFeed } from './gen/feeds.js';
import { oddFs } from './gen/fs.js';
import { hostileHtml } from './gen/html.js';
import { brokenJson } from './gen/json.js';
import { deepNesting } from './gen/nesting.js';
import { longRuns } from './gen/runs.js';
import { inventArticle } from './invented.js';
import { Rng } from './prng.js';
import { loadRealTexts } from './real.js';

const GENERATORS: Record<Category, Generator> = {
  'random-bytes': randomBytes,
  'mutated-real': mutatedReal,
  'broken-json': brokenJson,
  'deep-nesting': deepNesting,
  'entity-bomb': entityBomb,
  'odd-encoding': oddEncoding,
  'hostile-html': hostileHtml,
  'hostile-feed': hostileFeed,
  'long-runs': longRuns,
  'odd-fs': oddFs,
  'out-of-range-dates': outOfRangeDates,
};

/** Every path segment gets the case id in front, so each name on stderr or in a report traces back to its case. */
const prefixed = (id: string, name: string): string =>
  name
    .split('/')
    .map((part) => (part === '.' || part === '..' ? part : `${id}-${part}`))
    .join('/');

const keyOf = (id: string, name: string): string =>
  `${id}-${/^[A-Za-z0-9-]*/.exec(name.split('/').pop() ?? '')?.[0] ?? ''}`;

const makeFifo = (path: string): void => {
  try {
    execFileSync('mkfifo', [path]);
  } catch {
    writeFileSync(path, '');
  }
};

const write = (dir: string, id: string, entry: Entry): void => {
  const path = join(dir, prefixed(id, entry.name));
  if ('data' in entry) writeFileSync(path, entry.data);
  else if ('symlink' in entry) symlinkSync(prefixed(id, entry.symlink), path);
  else if ('fifo' in entry) makeFifo(path);
  else mkdirSync(path);
};

const isChecked = (entry: Entry): boolean => entry.checked ?? !('mkdir' in entry);

const toCase = (id: string, category: Category, draft: Draft): FuzzCase => {
  const checked = draft.entries.filter(isChecked);
  const files: FuzzFile[] = checked.map((e) => ({
    path: prefixed(id, e.name),
    key: keyOf(id, e.name),
    good: e.good ?? null,
  }));
  const inputs = (draft.inputs ?? checked.map((e) => e.name)).map((name) => prefixed(id, name));
  return { id, category, kind: draft.kind, inputs, files, forbidden: draft.forbidden ?? [] };
};

/** Writes `count` fuzz cases (categories in turn, each drawn from its own seeded stream) and their manifest to `dir`. */
export const generateCorpus = (seed: number, count: number, dir: string): Manifest => {
  mkdirSync(dir, { recursive: true });
  const real = loadRealTexts();
  let serial = 0;
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] as Category;
    const rng = new Rng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
    const id = `c${String(i).padStart(5, '0')}`;
    const draft = GENERATORS[category]({ rng, real, invent: () => inventArticle(rng, serial++) });
    for (const entry of draft.entries) write(dir, id, entry);
    cases.push(toCase(id, category, draft));
  }
  const manifest: Manifest = { seed, cases };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
};
