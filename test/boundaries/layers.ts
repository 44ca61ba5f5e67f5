import type { ModuleGraph } from './module-graph.js';

/**
 * The stages of `src/`, lowest first: a folder may import its own modules and those of lower ranks only. Folders
 * sharing a rank are peers and stay independent of each other. A folder listed here need not exist yet.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['doc'],
  ['lexicon'],
  ['ingest'],
  ['net'],
  ['nlp'],
  ['cluster'],
  ['align'],
  ['report'],
  ['pipeline'],
  ['store'],
  ['live'],
  ['watch'],
  ['server', 'worker'],
  ['cli'],
];

/** Foundations every stage builds on: they may use Node's own modules but no package. */
export const FOUNDATIONS: readonly string[] = ['doc', 'lexicon'];

/** Modules directly in `src/` (the package's entry) sit above every stage. */
const ROOT = '';

/** `src/nlp/quotes/after.ts` → `nlp`; a module directly in `src/` → the root. */
export const folderOf = (path: string): string => {
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] ?? ROOT) : ROOT;
};

const rankOf = (folder: string): number | null => {
  if (folder === ROOT) return LAYERS.length;
  const rank = LAYERS.findIndex((layer) => layer.includes(folder));
  return rank < 0 ? null : rank;
};

/** Every import that reaches a later stage or a peer, and every folder the layer order does not place. */
export const layerViolations = (graph: ModuleGraph): string[] => {
  const found: string[] = [];
  const unplaced = new Set<string>();
  for (const [from, targets] of graph) {
    const source = folderOf(from);
    const rank = rankOf(source);
    if (rank === null) {
      unplaced.add(source);
      continue;
    }
    for (const to of targets) {
      const target = folderOf(to);
      const targetRank = rankOf(target);
      if (target === source || targetRank === null || targetRank < rank) continue;
      const how = targetRank === rank ? 'its peer' : 'the later stage';
      found.push(`${from} → ${to}: ${source || 'src'} imports ${how} ${target || 'src'}`);
    }
  }
  for (const folder of unplaced) found.push(`src/${folder}/ has no place in LAYERS (test/boundaries/layers.ts)`);
  return found.sort();
};

/** Packages imported by a foundation folder: only `node:` builtins are allowed there. */
export const foundationPackages = (packages: ReadonlyMap<string, readonly string[]>): string[] => {
  const found: string[] = [];
  for (const [from, specifiers] of packages) {
    if (!FOUNDATIONS.includes(folderOf(from))) continue;
    for (const s of specifiers)
      if (!s.startsWith('node:')) found.push(`${from} → ${s}: a foundation imports a package`);
  }
  return found.sort();
};
