import type { Draft, GenContext } from '../cases.js';

/** Symlinks, FIFOs, unsupported files in directories, control characters in names; only ever inside the corpus. */
export const oddFs = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const story = `${a.title}\n${a.text}`;
  switch (rng.int(0, 8)) {
    case 0:
      return {
        kind: 'symlink-to-dir-named-txt',
        entries: [
          { name: 'target', mkdir: true },
          { name: 'target/inner.txt', data: story, checked: false },
          { name: 'dirlink.txt', symlink: 'target' },
        ],
      };
    case 1:
      return { kind: 'fifo', entries: [{ name: 'pipe.txt', fifo: true }] };
    case 2:
      return { kind: 'dangling-symlink', entries: [{ name: 'gone.txt', symlink: 'nowhere.txt' }] };
    case 3:
      return {
        kind: 'unsupported-in-dir',
        entries: [
          { name: 'dir', mkdir: true },
          { name: 'dir/story.txt', data: story, good: a.marker },
          { name: 'dir/table.csv', data: 'town,piers\nBrinwick,4\n' },
          { name: 'dir/photo.png', data: rng.bytes(200) },
        ],
        inputs: ['dir'],
      };
    case 4:
      return {
        kind: 'odd-entries-in-dir',
        entries: [
          { name: 'dir', mkdir: true },
          { name: 'dir/story.txt', data: story, good: a.marker },
          { name: 'dir/pipe.txt', fifo: true },
          { name: 'dir/gone.txt', symlink: 'nowhere.txt' },
          { name: 'dir/link.txt', symlink: 'story.txt' },
          { name: 'dir/self', symlink: '.', checked: false },
        ],
        inputs: ['dir'],
      };
    case 5: {
      const name = `ctl${rng.pick(['\u0007', '\u001b[31m', '\n', '\r', '\t', '\u007f', '\u0085', '\u202e'])}name.txt`;
      return { kind: 'control-chars-in-name', entries: [{ name, data: story, good: a.marker }] };
    }
    case 6:
      return {
        kind: 'symlink-loop',
        entries: [
          { name: 'loopa.txt', symlink: 'loopb.txt' },
          { name: 'loopb.txt', symlink: 'loopa.txt' },
        ],
      };
    case 7:
      return { kind: 'empty-dir', entries: [{ name: 'empty', mkdir: true, checked: true }], inputs: ['empty'] };
    default:
      return {
        kind: 'unsupported-explicit',
        entries: [{ name: rng.pick(['notes.csv', 'noext', 'story.TXT.bak', 'archive.tar.gz']), data: story }],
      };
  }
};
