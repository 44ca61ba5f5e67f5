import type { Draft, GenContext } from '../cases.js';
import type { Rng } from '../prng.js';

const EXTENSIONS = ['.txt', '.md', '.html', '.json', '.jsonl', '.xml', '.rss', '.atom'];

const printable = (rng: Rng, length: number): string => {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(rng.int(32, 126));
  return out;
};

/** Bytes that are not an article: noise, high bytes only, printable junk, zeros, a byte or two, over the size cap. */
export const randomBytes = ({ rng }: GenContext): Draft => {
  const ext = rng.pick(EXTENSIONS);
  const roll = rng.int(0, 99);
  if (roll < 35) return { kind: 'noise', entries: [{ name: `noise${ext}`, data: rng.bytes(rng.int(1, 64 * 1024)) }] };
  if (roll < 50) {
    const high = Buffer.from(rng.bytes(rng.int(1, 32 * 1024)).map((b) => b | 0x80));
    return { kind: 'high-bytes', entries: [{ name: `high${ext}`, data: high }] };
  }
  if (roll < 70)
    return { kind: 'printable', entries: [{ name: `junk${ext}`, data: printable(rng, rng.int(1, 40_000)) }] };
  if (roll < 80) return { kind: 'zeros', entries: [{ name: `zeros${ext}`, data: Buffer.alloc(rng.int(1, 9000)) }] };
  if (roll < 98) return { kind: 'tiny', entries: [{ name: `tiny${ext}`, data: rng.bytes(rng.int(1, 3)) }] };
  return { kind: 'over-size-cap', entries: [{ name: `huge${ext}`, data: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) }] };
};

const flip = (rng: Rng, bytes: Buffer, count: number, lowest = 0): Buffer => {
  const out = Buffer.from(bytes);
  for (let i = 0; i < count && out.length > 0; i++) out[rng.int(0, out.length - 1)] = rng.int(lowest, 255);
  return out;
};

const insertNuls = (rng: Rng, bytes: Buffer): Buffer => {
  const at = rng.int(0, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), Buffer.alloc(rng.int(1, 8)), bytes.subarray(at)]);
};

/** A cut inside a multi-byte UTF-8 sequence, when the text has one. */
const cutMidUtf8 = (rng: Rng, bytes: Buffer): Buffer => {
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0xc0) starts.push(i);
  return bytes.subarray(0, starts.length > 0 ? rng.pick(starts) + 1 : rng.int(0, bytes.length));
};

/** Real reports (and invented ones) with flipped bytes, cuts mid-UTF-8 and inserted NULs; still-valid ones must come through. */
export const mutatedReal = (ctx: GenContext): Draft => {
  const { rng, real } = ctx;
  const roll = rng.int(0, 99);
  if (roll < 20 && real.jsonLines.length > 0) {
    const good = ctx.invent();
    // No control bytes, which would make the whole file binary: the broken lines are bad JSON, the file is text.
    const lines = Array.from({ length: rng.int(2, 6) }, () => rng.pick(real.jsonLines));
    const broken = lines.map((line) => flip(rng, Buffer.from(line), rng.int(1, 12), 0x20).toString('latin1'));
    const all = [...broken, JSON.stringify({ title: good.title, text: good.text })];
    return { kind: 'jsonl-lines-flipped', entries: [{ name: 'lines.jsonl', data: all.join('\n'), good: good.marker }] };
  }
  if (roll < 35) {
    // Cut after the second sentence and mid-way through a multi-byte character: what is left is still an article.
    const good = ctx.invent();
    const [first = '', second = ''] = good.text.split('. ');
    const body = Buffer.from(`${good.title}\n${first}. ${second}. The café served “crème brûlée” and ☕ all day`);
    return {
      kind: 'invented-cut-mid-utf8',
      entries: [{ name: 'cut.txt', data: cutMidUtf8(rng, body), good: good.marker }],
    };
  }
  const pool = [...real.plain, ...real.html];
  const source = pool.length > 0 ? rng.pick(pool) : Buffer.from(ctx.invent().text);
  const ext = source.subarray(0, 200).toString().includes('<') ? '.html' : '.txt';
  if (roll < 60)
    return { kind: 'real-byte-flips', entries: [{ name: `flipped${ext}`, data: flip(rng, source, rng.int(1, 200)) }] };
  if (roll < 75) return { kind: 'real-cut-mid-utf8', entries: [{ name: `cut${ext}`, data: cutMidUtf8(rng, source) }] };
  if (roll < 90) return { kind: 'real-nul-inserted', entries: [{ name: `nul${ext}`, data: insertNuls(rng, source) }] };
  return {
    kind: 'real-truncated',
    entries: [{ name: `short${ext}`, data: source.subarray(0, rng.int(0, source.length)) }],
  };
};
