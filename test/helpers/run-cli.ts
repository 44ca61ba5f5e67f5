import { main } from '../../src/cli/index.js';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process with captured streams. */
export const runCli = async (argv: readonly string[], stdinText = ''): Promise<CliRun> => {
  let stdout = '';
  let stderr = '';
  const stdin = (async function* () {
    if (stdinText) yield stdinText;
  })();
  const status = await main(argv, {
    stdin,
    write: (t) => {
      stdout += t;
    },
    error: (t) => {
      stderr += `${t}\n`;
    },
  });
  return { status, stdout, stderr };
};

/** Runs the command line in-process as if standard error were a terminal `columns` wide; `drawn` is what it received. */
export const runCliOnTerminal = async (
  argv: readonly string[],
  columns: number,
): Promise<{ status: number; stdout: string; drawn: string[] }> => {
  const drawn: string[] = [];
  let stdout = '';
  const status = await main(argv, {
    stdin: (async function* () {})(),
    write: (t) => {
      stdout += t;
    },
    error: (t) => drawn.push(`${t}\n`),
    terminal: { columns, write: (t) => drawn.push(t) },
  });
  return { status, stdout, drawn };
};
