import type { Invented } from './invented.js';
import type { Rng } from './prng.js';
import type { RealTexts } from './real.js';

export const CATEGORIES = [
  'random-bytes',
  'mutated-real',
  'broken-json',
  'deep-nesting',
  'entity-bomb',
  'odd-encoding',
  'hostile-html',
  'hostile-feed',
  'long-runs',
  'odd-fs',
  'out-of-range-dates',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A file the runner checks: it must give an article or a stderr line naming it; a good one must give its marker. */
export interface FuzzFile {
  /** Relative to the corpus directory. */
  readonly path: string;
  /** The start of its name, unique in the corpus: how stderr lines and article sources are matched to it. */
  readonly key: string;
  /** The invented marker word that must reach the report, or null when the file need not hold an article. */
  readonly good: string | null;
}

export interface FuzzCase {
  readonly id: string;
  readonly category: Category;
  readonly kind: string;
  /** Command-line inputs, relative to the corpus directory. */
  readonly inputs: readonly string[];
  readonly files: readonly FuzzFile[];
  /** Text that must never reach the output (what an external entity would pull in). */
  readonly forbidden: readonly string[];
}

export interface Manifest {
  readonly seed: number;
  readonly cases: readonly FuzzCase[];
}

/** One thing a generator asks to be put on disk; names are relative and get the case id put in front. */
export type Entry = {
  readonly name: string;
  readonly good?: string;
  /** Whether the runner checks it (default: every file, link and FIFO; never a directory). */
  readonly checked?: boolean;
} & (
  | { readonly data: string | Buffer }
  | { readonly symlink: string }
  | { readonly fifo: true }
  | { readonly mkdir: true }
);

export interface Draft {
  readonly kind: string;
  readonly entries: readonly Entry[];
  /** Names passed on the command line; default: the checked entries. */
  readonly inputs?: readonly string[];
  readonly forbidden?: readonly string[];
}

export interface GenContext {
  readonly rng: Rng;
  readonly real: RealTexts;
  /** A new invented article, unique in the corpus. */
  invent(): Invented;
}

export type Generator = (ctx: GenContext) => Draft;
