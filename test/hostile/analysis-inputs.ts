import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Invented hostile texts, made at run time; `size` is about how many characters each gives. */
const WORDS = ['harbour', 'council', 'ferry', 'lantern', 'orchard', 'meadow', 'tower', 'bridge'];
const repeatTo = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const wordAt = (i: number): string => WORDS[i % WORDS.length] ?? 'harbour';

/** Texts whose cost grew faster than their length, or that crashed: each under a headline of its own. */
export const HOSTILE_TEXTS: Readonly<Record<string, (size: number) => string>> = {
  /** One whitespace-free run of hyphens: wink's e-mail pattern is quadratic in it. */
  dashRun: (size) => '-'.repeat(size),
  /** `">">">…`: quotation marks glued to each other, a run with no space. */
  markRun: (size) => repeatTo('">', size),
  /** `"> "> …`: the same marks apart, so the run cap does not hide them from the quote code. */
  spacedMarks: (size) => repeatTo('"> ', size),
  /** `1,1,1,…`: one endless number. */
  digitRun: (size) => `${repeatTo('1,', size)}1`,
  /** One line of ordinary words, a full stop every eleven. */
  oneLine: (size) => {
    const words: string[] = [];
    for (let i = 0, length = 0; length < size; i++) {
      const word = `${wordAt(i)}${i % 11 === 10 ? '.' : ''}`;
      words.push(word);
      length += word.length + 1;
    }
    return words.join(' ');
  },
  /** Capitalised words without end, which all read as one long name. */
  capitalised: (size) => {
    const words: string[] = [];
    for (let i = 0, length = 0; length < size; i++) {
      const word = `${wordAt(i).replace(/^./, (c) => c.toUpperCase())}${wordAt(i * 3)}`;
      words.push(word);
      length += word.length + 1;
    }
    return words.join(' ');
  },
  /** A one-word paragraph after another, each a name. */
  oneWordParagraphs: (size) => repeatTo('Brindlecombe\n\nQuill\n\n', size),
  /** One sentence of quotes each with its own cue: every quote looked back over the whole sentence. */
  cuedQuotes: (size) => `${repeatTo('Ada Quill said "we will rebuild" and ', size)}stopped.`,
  /** One sentence of dashes after cues: dashed asides were recomputed for every token. */
  dashAsides: (size) => `${repeatTo('Ada Quill said — ', size)}nothing.`,
};

/** A plain-text article: a headline, then the hostile body. */
export const hostileArticle = (body: string): string => `Notes from the fictional town of Brindlecombe\n\n${body}\n`;

/** An RSS feed of `items` near-identical items (one wire report with a number changed), as a flooded feed gives. */
export const nearIdenticalFeed = (items: number): string => {
  const entries = Array.from(
    { length: items },
    (_, k) =>
      `<item><title>Brindlecombe ferry service resumes (${k})</title>` +
      `<link>https://lantern.invalid/ferry/${k}</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>` +
      '<description>The Brindlecombe ferry resumed service on Monday after repairs to the slipway, harbour master ' +
      `Ada Quill said. "We are glad to be back," Quill said. About ${300 + (k % 7)} passengers crossed, item ${k}.` +
      '</description></item>',
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>The Brindlecombe Lantern</title>\n${entries.join('\n')}\n</channel></rss>\n`;
};

/** Writes `content` to a fresh temporary file named `name` and returns its path. */
export const writeInput = (name: string, content: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'triangulate-hostile-')), name);
  writeFileSync(path, content);
  return path;
};
