import type { ReportFormat } from './report-format.js';
import { parseStoreArgs, STORE_COMMANDS, type StoreCommand } from './store-args.js';
import { UsageError } from './usage.js';

const FORMATS: readonly ReportFormat[] = ['markdown', 'json', 'html'];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'analyze';
      readonly inputs: readonly string[];
      readonly format: ReportFormat;
      readonly out: string | null;
      readonly allowPrivate: boolean;
    }
  | StoreCommand;

const isFormat = (value: string): value is ReportFormat => (FORMATS as readonly string[]).includes(value);

export const parseArgs = (argv: readonly string[]): Command => {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (STORE_COMMANDS.includes(command)) return parseStoreArgs(command, rest);
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}'`);
  const inputs: string[] = [];
  let format: ReportFormat = 'markdown';
  let out: string | null = null;
  let allowPrivate = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const f = value();
      if (!isFormat(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${f}'`);
      format = f;
    } else if (flag === '--out' || flag === '-o') out = value();
    else if (flag === '--allow-private') allowPrivate = true;
    else if (flag === '-h' || flag === '--help') return { kind: 'help' };
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError('analyze needs at least one input');
  return { kind: 'analyze', inputs, format, out, allowPrivate };
};
