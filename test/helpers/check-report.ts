import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const SHARED = resolve(process.cwd(), '../shared');
export const SEEDS = resolve(SHARED, 'seeds');

/** Runs the contract's own checker (../shared/tools/check-report.py) on a JSON report; returns its last line. */
export const checkReport = (json: string): { status: number; summary: string; output: string } => {
  const run = spawnSync('python3', [resolve(SHARED, 'tools/check-report.py'), '-'], { input: json, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  return { status: run.status ?? -1, summary: output.trim().split('\n').pop() ?? '', output };
};
