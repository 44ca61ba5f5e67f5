import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/triangulate.js');
const GNU_TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';
/** A ceiling well above the 1 GiB budget, so a runaway run fails fast instead of starving the shared machine. */
const HEAP_CEILING_MIB = 1536;

export interface CliOutcome {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly timedOut: boolean;
  /** Peak resident memory, when GNU time is there to measure it. */
  readonly rssMiB: number | null;
}

let runs = 0;

/** Runs the built command (`analyze --format json`) in its own process group, killed whole after `timeoutMs`. */
export const runAnalyze = (inputs: readonly string[], cwd: string, timeoutMs: number): Promise<CliOutcome> => {
  const rssFile = join(tmpdir(), `triangulate-fuzz-rss-${process.pid}-${runs++}`);
  // coreutils timeout is a second guard if this process dies first; --foreground keeps it in the group killed below.
  const guard = existsSync(TIMEOUT)
    ? [TIMEOUT, '--foreground', '-s', 'KILL', String(Math.ceil(timeoutMs / 1000) + 10)]
    : [];
  const node = [
    ...guard,
    process.execPath,
    `--max-old-space-size=${HEAP_CEILING_MIB}`,
    BIN,
    'analyze',
    '--format',
    'json',
    ...inputs,
  ];
  const measured = existsSync(GNU_TIME);
  const [command = '', ...args] = measured ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      // GNU time writes the peak RSS (KiB) to its file, after a line naming the signal that ended the child, if any.
      const timeLog = measured && existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
      rmSync(rssFile, { force: true });
      const rss = Number.parseInt(timeLog.trim().split('\n').pop() ?? '', 10);
      const killed = /terminated by signal (\d+)/.exec(timeLog);
      done({
        status,
        signal: signal ?? (killed ? `signal ${killed[1]}` : null),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        timedOut,
        rssMiB: Number.isFinite(rss) ? rss / 1024 : null,
      });
    });
  });
};
