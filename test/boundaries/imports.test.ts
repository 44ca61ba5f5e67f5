import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles.js';
import { foundationPackages, layerViolations } from './layers.js';
import { parseGraph } from './module-graph.js';

const sourceFiles = (): Map<string, string> => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/${f.split('\\').join('/')}`)
    .sort();
  return new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
};

describe('the module graph of src/', () => {
  const sources = sourceFiles();
  const { graph, packages, unresolved } = parseGraph(sources);

  it('is read from every source module, with every relative import found', () => {
    expect(graph.size).toBe(sources.size);
    expect(graph.get('src/index.ts')).toContain('src/pipeline/index.ts');
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('has no stage importing a later stage or a peer', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('keeps the foundations free of packages', () => {
    expect(foundationPackages(packages)).toEqual([]);
  });
});
