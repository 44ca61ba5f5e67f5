import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { startFeedServer } from './feed-server.js';

const folder = await mkdtemp(join(tmpdir(), 'triangulate-watch-loop-'));
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('watch without --once', () => {
  it('polls again when the interval ends, conditionally, and stops cleanly on SIGTERM', async () => {
    const server = await startFeedServer(['ferry-strike']);
    const db = join(folder, 'loop.db');
    const feed = `${server.origin}/feed.rss`;
    try {
      // The installed command as its own process, so the signal is a real one.
      const child = spawn(
        process.execPath,
        ['bin/triangulate.js', 'watch', '--every', '1s', '--allow-private', '--db', db, feed],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const twoPasses = new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.split('\n').length > 2) resolve();
        });
        // An early exit fails the assertions below instead of leaving the test waiting.
        child.on('close', () => resolve());
      });
      const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      await twoPasses;
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
      const [first, second] = stdout.trim().split('\n');
      expect(first).toContain('1 changed, 0 unchanged, 0 failed, 0 waiting; 1 new');
      expect(second).toContain('0 changed, 1 unchanged, 0 failed, 0 waiting; 0 new');
      const feedRequests = server.requests.filter((r) => r.path === '/feed.rss');
      expect(feedRequests.length).toBeGreaterThanOrEqual(2);
      expect(feedRequests[1]?.headers['if-none-match']).toBe('"v1"');
      const store = await openSqliteStore(db, { create: false });
      expect(await store.articleCount()).toBe(1);
      expect((await store.feed(feed))?.etag).toBe('"v1"');
      await store.close();
    } finally {
      await server.close();
    }
  }, 30_000);
});
