import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

const good =
  'Quillon harbour reopens\nThe fictional harbour of Quillon reopened on Monday after dredging, officials said.';
let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-bad-'));
  await writeFile(at('good.txt'), good);
  await writeFile(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0x10]));
  await writeFile(at('empty.txt'), '');
  await writeFile(at('blank.md'), '   \n\n  ');
  // "café" and curly quotes in windows-1252: not valid UTF-8, still text.
  await writeFile(
    at('latin1.txt'),
    Buffer.concat([
      Buffer.from('Quillon caf'),
      Buffer.from([0xe9]),
      Buffer.from(' reopens\nThe fictional caf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('Blue Gull'),
      Buffer.from([0x94]),
      Buffer.from(' reopened on Friday, its owner said.'),
    ]),
  );
  await writeFile(at('huge.txt'), '');
  await truncate(at('huge.txt'), 50 * 1024 * 1024);
  await writeFile(at('locked.txt'), good.replace('Monday', 'Tuesday'));
  await chmod(at('locked.txt'), 0o000);
  await writeFile(at('broken.json'), '{"title": "cut off", "text": "The invented');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bad input', () => {
  it('names each bad input with its reason and still reads the good ones', async () => {
    const inputs = [
      'good.txt',
      'binary.txt',
      'empty.txt',
      'blank.md',
      'latin1.txt',
      'huge.txt',
      'broken.json',
      'missing.txt',
      'notes.csv',
    ].map(at);
    const { articles, diagnostics } = await ingest(inputs);
    expect(articles.map((a) => a.source)).toEqual([at('good.txt'), at('latin1.txt')]);
    const reasons = Object.fromEntries(diagnostics.map((d) => [d.input.replace(`${dir}/`, ''), d.reason]));
    expect(reasons).toEqual({
      'missing.txt': 'no such file or directory',
      'notes.csv': 'no such file or directory',
      'binary.txt': 'binary content, not text',
      'empty.txt': 'empty file',
      'blank.md': 'no article text',
      'huge.txt': 'too large (50.0 MB; the limit is 10.0 MB)',
      'broken.json': expect.stringMatching(/^not valid JSON/),
    });
  });

  it('decodes windows-1252 text instead of rejecting it', async () => {
    const { articles } = await ingest([at('latin1.txt')]);
    expect(articles[0]?.title).toBe('Quillon café reopens');
    expect(articles[0]?.text).toContain('The fictional café “Blue Gull” reopened');
  });

  it('names an unsupported format and an unreadable file', async () => {
    await writeFile(at('table.csv'), 'a,b\n1,2\n');
    const { diagnostics } = await ingest([at('table.csv'), at('locked.txt')]);
    expect(diagnostics[0]?.reason).toMatch(/^unsupported format/);
    // root reads any file whatever its mode; everyone else is refused it.
    if (process.getuid?.() !== 0) expect(diagnostics[1]?.reason).toBe('cannot read (EACCES)');
  });
});
