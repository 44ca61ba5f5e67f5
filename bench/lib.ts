import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const machine = (): string =>
  `${cpus()[0]?.model.trim() ?? 'unknown cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

/** Peak resident memory of this process so far, in MiB. */
export const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

/** Runs a bench script in a fresh process (so its peak memory is its own) and returns its JSON result line. */
export const runIsolated = <T>(script: string, args: readonly string[] = []): T => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const line = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as T;
};
