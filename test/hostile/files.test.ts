import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InputError, ingest } from '../../src/ingest/index.js';
import { readFileBytes } from '../../src/ingest/read-bytes.js';
import { runCli } from '../helpers/run-cli.js';
import { report, tempDir } from './temp-dir.js';

const tmp = tempDir('files');
const { at } = tmp;

/** Reason per input, with the temporary directory left out of the names. */
const reasons = (diagnostics: readonly { input: string; code: string; reason: string }[]) =>
  Object.fromEntries(diagnostics.map((d) => [d.input.replace(`${tmp.dir}/`, ''), `${d.code}: ${d.reason}`]));

beforeAll(() => {
  writeFileSync(at('good.txt'), report('Quillon'));
  mkdirSync(at('stories'));
  writeFileSync(at('stories', 'inner.txt'), report('Dorrow'));
  symlinkSync(at('stories'), at('x.txt'));
  symlinkSync('/dev/zero', at('zero.txt'));
  spawnSync('mkfifo', [at('pipe.txt')]);
  // A directory holding readable files next to everything a walk must name and pass over.
  mkdirSync(at('mixed'));
  writeFileSync(at('mixed', 'a.txt'), report('Fenwick'));
  writeFileSync(at('mixed', 'x.bin'), 'not an article');
  writeFileSync(at('mixed', 'blank.jsonl'), '\n  \n');
  writeFileSync(at('mixed', 'none.json'), '[]');
  symlinkSync(at('good.txt'), at('mixed', 'link.txt'));
  symlinkSync(at('nowhere.txt'), at('mixed', 'dangling.txt'));
  spawnSync('mkfifo', [at('mixed', 'queue.txt')]);
  writeFileSync(at('mixed', 'z.txt'), report('Ostry'));
});

afterAll(() => tmp.remove());

describe('inputs that are not regular files', () => {
  it('refuses a FIFO and a link to /dev/zero instead of blocking or reading forever, and reads the rest', async () => {
    const { articles, diagnostics } = await ingest([at('pipe.txt'), at('zero.txt'), at('good.txt')]);
    expect(articles.map((a) => a.title)).toEqual(['Quillon harbour reopens']);
    expect(reasons(diagnostics)).toEqual({
      'pipe.txt': 'not-regular-file: not a regular file (a FIFO (named pipe))',
      'zero.txt': 'not-regular-file: not a regular file (a device)',
    });
  }, 20_000);

  it('follows a link named x.txt to the directory it points at instead of failing with EISDIR', async () => {
    const { articles, diagnostics } = await ingest([at('x.txt')]);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(['Dorrow harbour reopens']);
  }, 20_000);

  it("refuses a directory or FIFO at read time too, when one takes a file's place after the inputs were listed", async () => {
    const codes = await Promise.all(
      [at('stories'), at('pipe.txt')].map((path) =>
        readFileBytes(path).then(
          () => null,
          (error: InputError) => [error.code, error.reason],
        ),
      ),
    );
    expect(codes).toEqual([
      ['not-regular-file', 'not a regular file (a directory)'],
      ['not-regular-file', 'not a regular file (a FIFO (named pipe))'],
    ]);
  }, 20_000);
});

describe('directories', () => {
  it('names every entry it skips, with the reason, and reads the readable ones', async () => {
    const { articles, diagnostics } = await ingest([at('mixed')]);
    expect(articles.map((a) => a.title)).toEqual(['Fenwick harbour reopens', 'Ostry harbour reopens']);
    expect(reasons(diagnostics)).toEqual({
      'mixed/x.bin': expect.stringMatching(/^unsupported-format: unsupported format/),
      'mixed/link.txt': 'not-regular-file: not a regular file (a symbolic link, not followed inside a directory)',
      'mixed/dangling.txt': 'not-regular-file: not a regular file (a symbolic link, not followed inside a directory)',
      'mixed/queue.txt': 'not-regular-file: not a regular file (a FIFO (named pipe))',
      'mixed/blank.jsonl': 'empty: holds no articles',
      'mixed/none.json': 'empty: holds no articles',
    });
  }, 20_000);

  it('skips only a subdirectory it cannot read, keeping its readable siblings', async () => {
    // Tests run as root, which reads any mode, so the unreadable subdirectory is one whose path is too long to open.
    const segment = 'd'.repeat(250);
    mkdirSync(at('deep'));
    // Relative steps, in a child process that may change directory: no single path given to the kernel is too long.
    const script = `for (let i = 0; i < 20; i++) { fs.mkdirSync('${segment}'); process.chdir('${segment}'); }`;
    const made = spawnSync(process.execPath, ['-e', script], { cwd: at('deep') });
    expect(made.status).toBe(0);
    writeFileSync(at('deep', 'top.txt'), report('Harrowgate'));
    const { articles, diagnostics } = await ingest([at('deep')]);
    expect(articles.map((a) => a.title)).toEqual(['Harrowgate harbour reopens']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'unreadable', reason: 'cannot read directory (ENAMETOOLONG)' });
  }, 30_000);
});

describe('what the user sees', () => {
  it('names each bad input on stderr without a stack trace, analyses the good one and exits 0', async () => {
    const run = await runCli(['analyze', at('pipe.txt'), at('zero.txt'), at('good.txt'), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).articles).toHaveLength(1);
    expect(run.stderr).toContain(`skipped ${at('pipe.txt')}: not a regular file (a FIFO (named pipe))`);
    expect(run.stderr).toContain(`skipped ${at('zero.txt')}: not a regular file (a device)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits 1 when nothing could be analysed', async () => {
    const run = await runCli(['analyze', at('pipe.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing to analyse');
  }, 20_000);

  it('shows control characters and escape sequences in file names escaped, never raw', async () => {
    const name = 'red\u001b[31mflag\u0007\nline.txt';
    writeFileSync(at(name), '');
    const run = await runCli(['analyze', at(name)]);
    expect(run.stderr).toContain('skipped ');
    expect(run.stderr).toContain('red\\x1b[31mflag\\x07\\nline.txt: empty file');
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).not.toContain('\u0007');
  }, 20_000);
});
