import { ingest } from '../ingest/index.js';
import { urlFetcher } from '../net/index.js';
import { analyzeArticles } from '../pipeline/index.js';
import { GENERATOR, toReport } from '../report/index.js';
import { type Command, parseArgs } from './args.js';
import { runStoreCommand } from './commands/index.js';
import { emit } from './emit.js';
import type { Io } from './io.js';
import { describe, describeOutputError, OutputError, printable } from './messages.js';
import { renderReport } from './render.js';
import { USAGE, UsageError } from './usage.js';

const analyze = async (command: Extract<Command, { kind: 'analyze' }>, io: Io): Promise<number> => {
  const { articles, diagnostics } = await ingest(command.inputs, {
    stdin: io.stdin,
    fetchUrl: urlFetcher({ allowPrivate: command.allowPrivate }),
  });
  for (const d of diagnostics) io.error(describe(d));
  if (articles.length === 0) {
    io.error('triangulate: nothing to analyse: no input held a readable article');
    return 1;
  }
  const analysis = analyzeArticles(articles);
  for (const d of analysis.diagnostics) io.error(describe(d));
  if (analysis.docs.length === 0) {
    io.error('triangulate: nothing to analyse: no article could be analysed');
    return 1;
  }
  const output = renderReport(toReport(analysis.docs, analysis.stories), command.format);
  await emit(output, command.out, io);
  return 0;
};

/** The command line, as a function of its arguments and streams: returns the exit status. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`triangulate: ${printable(error.message)}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind !== 'analyze' && command.kind !== 'help' && command.kind !== 'version')
    return runStoreCommand(command, io);
  try {
    if (command.kind === 'help') await emit(USAGE, null, io);
    else if (command.kind === 'version') await emit(`${GENERATOR}\n`, null, io);
    else return await analyze(command, io);
    return 0;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.error(describeOutputError(error));
    return 1;
  }
};
