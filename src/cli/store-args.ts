import { parseDuration } from '../watch/index.js';
import type { ReportFormat } from './report-format.js';
import { UsageError } from './usage.js';

export type StoreCommand =
  | {
      readonly kind: 'ingest';
      readonly db: string | null;
      readonly inputs: readonly string[];
      readonly allowPrivate: boolean;
      readonly enqueue: boolean;
    }
  | {
      readonly kind: 'stories';
      readonly db: string | null;
      readonly search: string | null;
      readonly since: string | null;
      readonly format: 'table' | 'json';
    }
  | {
      readonly kind: 'report';
      readonly db: string | null;
      readonly storyId: string;
      readonly format: ReportFormat;
      readonly out: string | null;
    }
  | {
      readonly kind: 'changes';
      readonly db: string | null;
      readonly storyId: string;
      readonly since: { readonly version: number } | { readonly time: string };
      readonly format: 'markdown' | 'json';
    }
  | {
      readonly kind: 'watch';
      readonly db: string | null;
      /** Feed URLs, OPML files and list files, as given. */
      readonly feeds: readonly string[];
      readonly everyMs: number;
      readonly once: boolean;
      readonly allowPrivate: boolean;
    };

export const STORE_COMMANDS: readonly string[] = ['ingest', 'stories', 'report', 'changes', 'watch'];

const DEFAULT_EVERY = '15m';

/** Flags with values (`--x v` or `--x=v`), switches, and positional words, as given. */
const readFlags = (command: string, rest: readonly string[], switches: readonly string[]) => {
  const values = new Map<string, string>();
  const on = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}' for ${command}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (switches.includes(flag)) on.add(flag);
    else {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      values.set(flag, value);
    }
  }
  return { values, on, positional };
};

const pick = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
};

/** An ISO date or time, normalised to the store's form (UTC, milliseconds). */
const isoTime = (flag: string, value: string): string => {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms))
    throw new UsageError(`${flag} wants an ISO date or time such as 2024-11-04T12:00:00Z, not '${value}'`);
  return new Date(ms).toISOString();
};

const onlyStoryId = (command: string, positional: readonly string[]): string => {
  const [id, ...extra] = positional;
  if (id === undefined || extra.length > 0) throw new UsageError(`${command} needs exactly one story id`);
  return id;
};

export const parseStoreArgs = (command: string, rest: readonly string[]): StoreCommand => {
  const { values, on, positional } = readFlags(command, rest, ['--allow-private', '--enqueue', '--once']);
  const switches: Record<string, readonly string[]> = {
    ingest: ['--allow-private', '--enqueue'],
    watch: ['--allow-private', '--once'],
  };
  for (const flag of on)
    if (!switches[command]?.includes(flag)) throw new UsageError(`unknown option '${flag}' for ${command}`);
  const known: Record<string, readonly string[]> = {
    ingest: ['--db'],
    watch: ['--db', '--every'],
    stories: ['--db', '--search', '--since', '--format'],
    report: ['--db', '--format', '--out'],
    changes: ['--db', '--since', '--format'],
  };
  for (const flag of values.keys())
    if (!known[command]?.includes(flag)) throw new UsageError(`unknown option '${flag}' for ${command}`);
  const db = values.get('--db') ?? null;
  if (command === 'ingest') {
    if (positional.length === 0) throw new UsageError('ingest needs at least one input');
    return {
      kind: 'ingest',
      db,
      inputs: positional,
      allowPrivate: on.has('--allow-private'),
      enqueue: on.has('--enqueue'),
    };
  }
  if (command === 'watch') {
    if (positional.length === 0) throw new UsageError('watch needs at least one feed URL, OPML file or list file');
    const every = values.get('--every') ?? DEFAULT_EVERY;
    const everyMs = parseDuration(every);
    if (everyMs === null)
      throw new UsageError(`--every wants a duration such as 90s, 15m, 2h or 1h30m, not '${every}'`);
    return {
      kind: 'watch',
      db,
      feeds: positional,
      everyMs,
      once: on.has('--once'),
      allowPrivate: on.has('--allow-private'),
    };
  }
  if (command === 'stories') {
    if (positional.length > 0) throw new UsageError(`stories takes no inputs ('${positional[0]}')`);
    const since = values.get('--since');
    return {
      kind: 'stories',
      db,
      search: values.get('--search') ?? null,
      since: since === undefined ? null : isoTime('--since', since),
      format: pick('--format', values.get('--format'), ['table', 'json'], 'table'),
    };
  }
  const storyId = onlyStoryId(command, positional);
  if (command === 'report') {
    const format = pick('--format', values.get('--format'), ['markdown', 'json', 'html'], 'markdown');
    return { kind: 'report', db, storyId, format, out: values.get('--out') ?? null };
  }
  const since = values.get('--since');
  if (since === undefined) throw new UsageError('changes needs --since ISO-TIME or --since VERSION');
  return {
    kind: 'changes',
    db,
    storyId,
    since: /^\d+$/.test(since) ? { version: Number(since) } : { time: isoTime('--since', since) },
    format: pick('--format', values.get('--format'), ['markdown', 'json'], 'markdown'),
  };
};
