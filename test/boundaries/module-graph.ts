import ts from 'typescript';

/** Module path (relative to the repository, e.g. `src/doc/span.ts`) → the modules it imports, sorted. */
export type ModuleGraph = ReadonlyMap<string, readonly string[]>;

export interface ParsedGraph {
  readonly graph: ModuleGraph;
  /** Every import or re-export of another package or a Node builtin, by module. */
  readonly packages: ReadonlyMap<string, readonly string[]>;
  /** Relative specifiers that name no module in the set ("src/a.ts → ./gone.js"). */
  readonly unresolved: readonly string[];
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** Joins a relative specifier onto a directory, folding `.` and `..` segments. */
const join = (dir: string, specifier: string): string => {
  const parts: string[] = [];
  for (const part of `${dir}${specifier}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
};

/** NodeNext resolution as the sources are written: `./x.js` is `x.ts`, a folder is its `index.ts`. */
const resolve = (from: string, specifier: string, modules: ReadonlySet<string>): string | null => {
  const base = join(dirOf(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, `${base}/index.ts`];
  return candidates.find((c) => modules.has(c)) ?? null;
};

/** Static imports, `import type`, `export … from` and literal dynamic imports, read by the TypeScript scanner. */
export const importSpecifiers = (source: string): string[] =>
  ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);

/** The import graph of a set of modules given as path → source text. */
export const parseGraph = (sources: ReadonlyMap<string, string>): ParsedGraph => {
  const modules = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const [path, source] of sources) {
    const local = new Set<string>();
    const external = new Set<string>();
    for (const specifier of importSpecifiers(source)) {
      if (!specifier.startsWith('.')) {
        external.add(specifier);
        continue;
      }
      const target = resolve(path, specifier, modules);
      if (target) local.add(target);
      else unresolved.push(`${path} → ${specifier}`);
    }
    graph.set(path, [...local].sort());
    packages.set(path, [...external].sort());
  }
  return { graph, packages, unresolved };
};
