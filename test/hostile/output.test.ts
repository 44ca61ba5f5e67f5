import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from './temp-dir.js';

/** The installed command (dist/, built before the tests) with standard output sent to the given descriptor. */
const binTo = (stdout: number | 'pipe', args: readonly string[]) =>
  spawnSync(process.execPath, ['bin/triangulate.js', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    timeout: 60_000,
  });

describe('a full output device', () => {
  it('reports a failed write to standard output once, without a stack trace, and exits 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = binTo(full, ['analyze', 'examples/council-vote']);
      expect(run.stderr).toBe('triangulate: cannot write standard output (ENOSPC)\n');
      expect(run.status).toBe(1);
    } finally {
      closeSync(full);
    }
  }, 60_000);

  it('reports a failed --out write the same way', () => {
    const run = binTo('pipe', ['analyze', 'examples/council-vote', '--out', '/dev/full']);
    expect(run.stderr).toBe('triangulate: cannot write /dev/full (ENOSPC)\n');
    expect(run.status).toBe(1);
  }, 60_000);
});

const tmp = tempDir('markdown');
afterAll(() => tmp.remove());

describe('Markdown output of hostile fields', () => {
  it('escapes outlet names, titles, quotes and entity names for Markdown and HTML', async () => {
    const outlet = '<img src=x onerror=alert(1)>';
    const text = (day: string) =>
      `The invented town of Marrow Quay opened its new <b>seawall</b> on ${day}, the fictional mayor Tamsin Orrell said. ` +
      `"We built it for [everyone](javascript:alert(1))," Orrell said. The seawall cost 14 million crowns, officials said. ` +
      `Work on the seawall at Marrow Quay began in 2029, according to the council.`;
    const articles = [
      {
        title: 'Marrow Quay opens **seawall** <script>x</script>',
        outlet,
        published: '2030-05-06',
        text: text('Monday'),
      },
      { title: 'Seawall opens in Marrow Quay', outlet: 'Fen Post', published: '2030-05-06', text: text('Monday') },
    ];
    // The file name carries a terminal escape code; it is printed as the article's source.
    const file = tmp.at('sea\u001b[2Jwall.json');
    writeFileSync(file, JSON.stringify(articles));
    const run = await runCli(['analyze', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/<(?:img|script|b)\b/);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('sea\uFFFD\\[2Jwall.json');
    // A link needs an unescaped "](": the brackets must arrive backslash-escaped.
    expect(run.stdout).not.toMatch(/[^\\]\]\(javascript/);
    expect(run.stdout).toContain('\\[everyone\\](javascript');
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(run.stdout).toContain('Marrow Quay opens \\*\\*seawall\\*\\* &lt;script&gt;x&lt;/script&gt;');
  }, 60_000);
});
