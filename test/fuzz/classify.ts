import type { FuzzCase } from './cases.js';
import type { CliOutcome } from './exec.js';

export const OUTCOMES = ['crash', 'hang', 'oom', 'lost', 'silent', 'leak', 'invalid'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The memory budget per run, from the issue: under 1 GB. */
export const RSS_BUDGET_MIB = 1024;

export interface Problem {
  readonly outcome: Outcome;
  /** The file it is about (relative to the corpus), or the run's inputs. */
  readonly file: string;
  readonly detail: string;
}

interface ReportArticle {
  readonly source: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly sentences: readonly string[];
}

export interface ParsedRun {
  readonly articles: readonly { source: string; published: string | null; text: string }[];
  readonly stderrLines: readonly string[];
}

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
const firstLine = (stderr: string): string =>
  stderr
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.slice(0, 300) ?? '(no stderr)';

/** The line that says what went wrong, and the top stack frame when there is one: enough to find the bug. */
const crashLine = (stderr: string): string => {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => /internal error|Error:|FATAL/.test(l));
  const frame = lines.find((l) => STACK_FRAME.test(l))?.trim();
  return `${(at >= 0 ? lines[at] : firstLine(stderr))?.slice(0, 300)}${frame ? ` | ${frame.slice(0, 200)}` : ''}`;
};

const parseReport = (stdout: string): ReportArticle[] | null => {
  try {
    const report = JSON.parse(stdout) as { articles?: unknown };
    return Array.isArray(report.articles) ? (report.articles as ReportArticle[]) : null;
  } catch {
    return null;
  }
};

/** What is wrong with a run as a whole (so a batch must be split to find the case behind it), or its parsed output. */
export const judgeRun = (run: CliOutcome, planted: string, inputs: string): Problem | ParsedRun => {
  const problem = (outcome: Outcome, detail: string): Problem => ({ outcome, file: inputs, detail });
  if (run.timedOut) return problem('hang', `killed after ${run.seconds.toFixed(0)} s`);
  if (/heap out of memory|FATAL ERROR/.test(run.stderr)) return problem('oom', crashLine(run.stderr));
  if (run.rssMiB !== null && run.rssMiB > RSS_BUDGET_MIB)
    return problem('oom', `peak RSS ${run.rssMiB.toFixed(0)} MiB`);
  if (run.signal) return problem('crash', `killed by ${run.signal}: ${firstLine(run.stderr)}`);
  if (/internal error/.test(run.stderr) || STACK_FRAME.test(run.stderr)) return problem('crash', crashLine(run.stderr));
  const articles = parseReport(run.stdout);
  if (!articles) return problem('lost', `no JSON report (exit ${run.status}): ${firstLine(run.stderr)}`);
  const parsed: ParsedRun = {
    articles: articles.map((a) => ({
      source: a.source,
      published: a.published,
      text: `${a.title ?? ''}\n${a.sentences.join('\n')}`,
    })),
    stderrLines: run.stderr.split('\n'),
  };
  if (!parsed.articles.some((a) => a.text.includes(planted)))
    return problem('lost', `the known-good article is missing (exit ${run.status}): ${firstLine(run.stderr)}`);
  return parsed;
};

const validDay = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
};

/** Per file: named or read (else a silent skip), its good article present with a valid date, nothing forbidden leaked. */
export const judgeCase = (c: FuzzCase, run: ParsedRun, stdout: string): Problem[] => {
  const problems: Problem[] = [];
  for (const file of c.files) {
    const read = run.articles.some((a) => a.source.includes(file.key));
    const named = run.stderrLines.some((l) => l.includes(file.key));
    if (!read && !named)
      problems.push({ outcome: 'silent', file: file.path, detail: 'no article and no stderr line names it' });
    if (!file.good) continue;
    const article = run.articles.find((a) => a.text.includes(file.good ?? ''));
    if (!article) {
      const line = run.stderrLines.find((l) => l.includes(file.key));
      problems.push({ outcome: 'lost', file: file.path, detail: line ?? 'good article missing, nothing on stderr' });
    } else if (article.published !== null && !validDay(article.published))
      problems.push({ outcome: 'invalid', file: file.path, detail: `published ${JSON.stringify(article.published)}` });
  }
  for (const text of c.forbidden)
    if (stdout.includes(text))
      problems.push({ outcome: 'leak', file: c.inputs.join(' '), detail: `output contains ${JSON.stringify(text)}` });
  return problems;
};
