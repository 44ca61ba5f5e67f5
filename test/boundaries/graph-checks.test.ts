import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles.js';
import { foundationPackages, layerViolations } from './layers.js';
import { importSpecifiers, parseGraph } from './module-graph.js';

const graphOf = (sources: Record<string, string>) => parseGraph(new Map(Object.entries(sources)));

describe('reading imports', () => {
  it('sees imports, type imports, re-exports and dynamic imports, not words in comments or strings', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b/index.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "const e = await import('./e.js');",
      "// import { f } from './f.js';",
      'const g = "import { g } from \'./g.js\'";',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a.js', '../b/index.js', './c.js', './d.js', './e.js']);
  });

  it('resolves `.js` to `.ts` and folders to their index, and names what it cannot resolve', () => {
    const { graph, packages, unresolved } = graphOf({
      'src/nlp/x.ts': "import { y } from './y.js';\nimport { d } from '../doc/index.js';\nimport w from 'wink-nlp';",
      'src/nlp/y.ts': "import { gone } from './gone.js';",
      'src/doc/index.ts': '',
    });
    expect(graph.get('src/nlp/x.ts')).toEqual(['src/doc/index.ts', 'src/nlp/y.ts']);
    expect(packages.get('src/nlp/x.ts')).toEqual(['wink-nlp']);
    expect(unresolved).toEqual(['src/nlp/y.ts → ./gone.js']);
  });
});

describe('finding cycles', () => {
  it('names a two-module cycle, even through a type-only import', () => {
    const { graph } = graphOf({
      'src/ingest/feed.ts': "import type { R } from './formats.js';",
      'src/ingest/formats.ts': "import { readFeed } from './feed.js';",
    });
    expect(findCycles(graph)).toEqual(['src/ingest/feed.ts → src/ingest/formats.ts → src/ingest/feed.ts']);
  });

  it('names one loop and every member of a larger tangle, and a module importing itself', () => {
    const { graph } = graphOf({
      'src/nlp/a.ts': "import './b.js';\nimport './c.js';",
      'src/nlp/b.ts': "import './c.js';",
      'src/nlp/c.ts': "import './a.js';",
      'src/nlp/self.ts': "export * from './self.js';",
    });
    expect(findCycles(graph)).toEqual([
      'src/nlp/a.ts → src/nlp/c.ts → src/nlp/a.ts (tangle of 3 modules: src/nlp/a.ts, src/nlp/b.ts, src/nlp/c.ts)',
      'src/nlp/self.ts → src/nlp/self.ts',
    ]);
  });

  it('finds none in a diamond', () => {
    const { graph } = graphOf({
      'src/nlp/top.ts': "import './left.js';\nimport './right.js';",
      'src/nlp/left.ts': "import './bottom.js';",
      'src/nlp/right.ts': "import './bottom.js';",
      'src/nlp/bottom.ts': '',
    });
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('the layer rule', () => {
  it('flags a stage importing a later stage, a peer, and a folder with no place in the order', () => {
    const { graph } = graphOf({
      'src/doc/span.ts': "import { x } from '../nlp/index.js';",
      'src/nlp/index.ts': "import { y } from '../doc/span.js';",
      'src/server/app.ts': "import { job } from '../worker/jobs.js';",
      'src/worker/jobs.ts': "import { save } from '../store/index.js';",
      'src/store/index.ts': "import { analyze } from '../pipeline/index.js';",
      'src/pipeline/index.ts': '',
      'src/extras/thing.ts': "import { y } from '../doc/span.js';",
    });
    expect(layerViolations(graph)).toEqual([
      'src/doc/span.ts → src/nlp/index.ts: doc imports the later stage nlp',
      'src/extras/ has no place in LAYERS (test/boundaries/layers.ts)',
      'src/server/app.ts → src/worker/jobs.ts: server imports its peer worker',
    ]);
  });

  it('lets the package entry and the command line import every stage', () => {
    const { graph } = graphOf({
      'src/index.ts': "export * from './cli/index.js';\nexport * from './doc/index.js';",
      'src/cli/index.ts': "import '../server/index.js';\nimport '../lexicon/index.js';",
      'src/server/index.ts': "import '../store/index.js';",
      'src/store/index.ts': "import '../report/index.js';",
      'src/report/index.ts': "import '../doc/index.js';",
      'src/lexicon/index.ts': "import '../doc/index.js';",
      'src/doc/index.ts': '',
    });
    expect(layerViolations(graph)).toEqual([]);
  });

  it('keeps packages out of the foundations but lets them use Node builtins', () => {
    const { packages } = graphOf({
      'src/lexicon/read.ts': "import { readFileSync } from 'node:fs';\nimport wink from 'wink-nlp';",
      'src/doc/ids.ts': "import { createHash } from 'node:crypto';",
      'src/nlp/wink.ts': "import wink from 'wink-nlp';",
    });
    expect(foundationPackages(packages)).toEqual(['src/lexicon/read.ts → wink-nlp: a foundation imports a package']);
  });
});
