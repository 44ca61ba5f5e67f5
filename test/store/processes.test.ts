import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/check-report.js';

const ECB = join(SHARED, 'data/ecbplus/articles.jsonl');

interface Exit {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the installed command (dist/) as its own process, the way a user or a cron job would. */
const start = (args: readonly string[]): { child: ChildProcess; done: Promise<Exit> } => {
  const child = spawn(process.execPath, ['bin/triangulate.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<Exit>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
};

/** What a consistent store holds: an intact file, unique articles, every story analysed on its current members. */
const inspect = (file: string) => {
  const db = new Database(file, { readonly: true });
  const one = <T>(sql: string): T => db.prepare(sql).get() as T;
  const result = {
    integrity: one<{ integrity_check: string }>('PRAGMA integrity_check').integrity_check,
    articles: one<{ n: number }>('SELECT count(*) AS n FROM articles').n,
    distinct: one<{ n: number }>('SELECT count(DISTINCT id) AS n FROM articles').n,
    stale: one<{ n: number }>('SELECT count(*) AS n FROM stories WHERE stale = 1').n,
    orphans: one<{ n: number }>('SELECT count(*) AS n FROM articles WHERE story_id NOT IN (SELECT id FROM stories)').n,
    unanalysed: one<{ n: number }>('SELECT count(*) AS n FROM stories WHERE version = 0').n,
  };
  db.close();
  return result;
};

const count = (file: string): number => {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    db.close();
    return n;
  } catch {
    return 0;
  }
};

let folder: string;
let lines: string[];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'triangulate-processes-'));
  lines = (await readFile(ECB, 'utf8')).split('\n').filter((l) => l.trim() !== '');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The ECB+ articles again under new ids, each with one invented closing line, so they are new articles. */
const retold = (line: string): string => {
  const a = JSON.parse(line) as { id: string; text: string };
  return JSON.stringify({ ...a, id: `${a.id}-retold`, text: `${a.text}\nRetold for the fictional Fenwick Digest.` });
};

describe('the store under real processes', () => {
  it('loses nothing committed when an ingest of 924 articles is killed, and the next one completes it', async () => {
    const input = join(folder, 'twice.jsonl');
    await writeFile(input, [...lines, ...lines.map(retold)].join('\n'));
    const db = join(folder, 'killed.db');
    const first = start(['ingest', '--db', db, input]);
    while (count(db) < 150 && first.child.exitCode === null) await new Promise((done) => setTimeout(done, 100));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const stored = count(db);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(924);
    expect(inspect(db).integrity).toBe('ok');
    const second = await start(['ingest', '--db', db, input]).done;
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`: ${924 - stored} new, ${stored} already stored, 0 skipped;`));
    expect(inspect(db)).toEqual({ integrity: 'ok', articles: 924, distinct: 924, stale: 0, orphans: 0, unanalysed: 0 });
  }, 600_000);

  it('lets two ingests write one file at once; both finish and every story is whole', async () => {
    const [a, b] = [join(folder, 'a.jsonl'), join(folder, 'b.jsonl')];
    await writeFile(a, lines.slice(0, 60).join('\n'));
    await writeFile(b, lines.slice(60, 120).join('\n'));
    const db = join(folder, 'shared.db');
    const runs = await Promise.all([start(['ingest', '--db', db, a]).done, start(['ingest', '--db', db, b]).done]);
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/: 60 new, 0 already stored, 0 skipped;/);
    }
    expect(inspect(db)).toEqual({ integrity: 'ok', articles: 120, distinct: 120, stale: 0, orphans: 0, unanalysed: 0 });
  }, 600_000);
});
