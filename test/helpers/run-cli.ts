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
