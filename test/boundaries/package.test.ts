import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly main: string;
  readonly types: string;
  readonly bin: Readonly<Record<string, string>>;
  readonly files: readonly string[];
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

const run = (command: string, args: readonly string[], cwd = '.') => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

/** What `npm pack` would put in the tarball; scripts are skipped so the test never rebuilds `dist/` under other tests. */
const packed = (): string[] => {
  const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as {
    files: { path: string }[];
  }[];
  return (pack?.files ?? []).map((f) => f.path).sort();
};

/** Every file an `exports` condition, `main`, `types` or `bin` points at, without its leading `./`. */
const targets = (): string[] => {
  const fromExports = Object.values(manifest.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  return [...fromExports, manifest.main, manifest.types, ...Object.values(manifest.bin)].map((t) =>
    t.replace(/^\.\//, ''),
  );
};

/** The `src/` module a built file comes from: `dist/a/b.js`, `.d.ts` or `.js.map` → `src/a/b.ts`. */
const sourceOf = (path: string): string => path.replace(/^dist\//, 'src/').replace(/(\.d\.ts|\.js|\.js\.map)$/, '.ts');

describe('the published package', () => {
  let paths: string[] = [];
  beforeAll(() => {
    if (!existsSync(manifest.main)) throw new Error(`${manifest.main} is missing: run npm run build first`);
    paths = packed();
  });

  it('lists in `files` only what exists, and packs nothing else than those, the manifest and the README', () => {
    for (const entry of manifest.files) expect(existsSync(entry), `files lists ${entry}`).toBe(true);
    for (const path of paths) expect(existsSync(path), `${path} is packed`).toBe(true);
    const outside = paths.filter(
      (p) => !['package.json', 'README.md'].includes(p) && !manifest.files.some((f) => p.startsWith(`${f}/`)),
    );
    expect(outside).toEqual([]);
  });

  it('packs no build output left over from a module that no longer exists', () => {
    const stale = paths.filter((p) => p.startsWith('dist/') && !existsSync(sourceOf(p)));
    expect(stale).toEqual([]);
  });

  it('packs every file its exports, main, types and bin point at', () => {
    expect(targets().filter((t) => !paths.includes(t))).toEqual([]);
  });

  it('prints the version of package.json for --version', async () => {
    const { status, stdout } = await runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${manifest.name} ${manifest.version}\n`);
  });
});

describe('the package as installed from its tarball', () => {
  let work = '';
  let installed = '';
  const node = (args: readonly string[], cwd = work) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'triangulate-pack-'));
    installed = join(work, 'node_modules', manifest.name);
    const [pack] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work])) as {
      filename: string;
    }[];
    mkdirSync(installed, { recursive: true });
    run('tar', ['-xzf', join(work, pack?.filename ?? ''), '-C', installed, '--strip-components=1']);
    // its dependencies are the repository's own, already installed
    symlinkSync(resolve('node_modules'), join(installed, 'node_modules'));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs its command and writes the golden brief of the example', () => {
    const version = node([join(installed, 'bin/triangulate.js'), '--version']);
    expect(version.stdout).toBe(`${manifest.name} ${manifest.version}\n`);
    const brief = node([join(installed, 'bin/triangulate.js'), 'analyze', 'examples/council-vote'], '.');
    expect(brief.stderr).toBe('');
    expect(brief.stdout).toBe(readFileSync('test/golden/council-vote/brief.md', 'utf8'));
  });

  it('offers the engine and the report by name, and nothing the exports map leaves out', () => {
    const consumer = join(work, 'consumer.mjs');
    writeFileSync(
      consumer,
      [
        `const engine = await import('${manifest.name}');`,
        `const report = await import('${manifest.name}/report');`,
        `const pkg = (await import('${manifest.name}/package.json', { with: { type: 'json' } })).default;`,
        `let deep = 'exported';`,
        `try { await import('${manifest.name}/dist/cli/index.js'); } catch (e) { deep = e.code; }`,
        'const kinds = (m, names) => names.map((n) => [n, typeof m[n]].join(":")).join(" ");',
        'console.log(kinds(engine, ["ingest", "analyzeArticles", "toReport", "renderMarkdown", "urlFetcher", "main"]));',
        'console.log(kinds(report, ["toReport", "renderJson", "renderHtml", "renderMarkdown"]));',
        'console.log(engine.VERSION === pkg.version, deep);',
      ].join('\n'),
    );
    const out = node([consumer]);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n')).toEqual([
      'ingest:function analyzeArticles:function toReport:function renderMarkdown:function urlFetcher:function main:undefined',
      'toReport:function renderJson:function renderHtml:function renderMarkdown:function',
      'true ERR_PACKAGE_PATH_NOT_EXPORTED',
      '',
    ]);
  });
});
