import { writeFile } from 'node:fs/promises';
import { ingest } from '../ingest/index.js';
import { urlFetcher } from '../net/index.js';
import { analyzeArticles } from '../pipeline/index.js';
import { GENERATOR, toReport } from '../report/index.js';
import { type Command, parseArgs } from './args.js';
import { runStoreCommand } from './commands/index.js';
import { describeDiagnostic } from './diagnostics.js';
import type { Terminal } from './progress.js';
import { renderReport } from './render.js';
import { USAGE, UsageError } from './usage.js';

export interface Io {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  write(text: string): void;
  error(text: string): void;
  /** Standard error, given only when it is a terminal: progress bars are drawn there. */
  readonly terminal?: Terminal;
}

const analyze = async (command: Extract<Command, { kind: 'analyze' }>, io: Io): Promise<number> => {
  const { articles, diagnostics } = await ingest(command.inputs, {
    stdin: io.stdin,
    fetchUrl: urlFetcher({ allowPrivate: command.allowPrivate }),
  });
  for (const d of diagnostics) io.error(describeDiagnostic(d));
  if (articles.length === 0) {
    io.error('triangulate: nothing to analyse: no input held a readable article');
    return 1;
  }
  const analysis = analyzeArticles(articles);
  const output = renderReport(toReport(analysis.docs, analysis.stories), command.format);
  if (command.out) await writeFile(command.out, output);
  else io.write(output);
  return 0;
};

/** The command line, as a function of its arguments and streams: returns the exit status. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`triangulate: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    io.write(USAGE);
    return 0;
  }
  if (command.kind === 'version') {
    io.write(`${GENERATOR}\n`);
    return 0;
  }
  if (command.kind !== 'analyze') return runStoreCommand(command, io);
  try {
    return await analyze(command, io);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (command.out && code) {
      io.error(`triangulate: cannot write ${command.out} (${code})`);
      return 1;
    }
    throw error;
  }
};
