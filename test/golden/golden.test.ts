import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Annotation } from '../../src/doc/index.js';
import { ingest } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { renderMarkdown, toReport } from '../../src/report/index.js';

/** Golden files per stage over the invented council-vote example; `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites them after a reviewed change. */
const DIR = 'test/golden/council-vote';
const update = process.env.UPDATE_GOLDEN === '1';

const golden = (name: string, actual: string): void => {
  const file = join(DIR, name);
  if (update) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** One annotation as text rather than offsets, so a reviewer can read the diff. */
const view = (a: Annotation, text: string) => {
  if (a.kind === 'entity') return { kind: a.kind, text, type: a.type, role: a.role, metonym: a.metonym };
  if (a.kind === 'quote') return { kind: a.kind, text: a.text, speaker: a.speaker, cue: a.cue, form: a.form };
  if (a.kind === 'quantity')
    return {
      kind: a.kind,
      text,
      value: a.value,
      hedge: a.hedge,
      unit: a.unit,
      what: a.what,
      attributedTo: a.attributedTo,
    };
  return { kind: a.kind, text, value: a.value, inferred: a.inferred };
};

const annotationsView = (doc: AnnotatedArticle) => ({
  id: doc.article.id,
  sentences: doc.sentences.map((s) => s.text),
  annotations: doc.annotations.map((a) => view(a, doc.article.text.slice(a.start, a.end))),
});

describe('golden outputs per stage on the invented council-vote example', async () => {
  const { articles } = await ingest(['examples/council-vote']);
  const analysis = analyzeArticles(articles);
  const report = toReport(analysis.docs, analysis.stories);

  it('ingest', () => golden('ingest.json', json(articles)));
  it('nlp', () => golden('nlp.json', json(analysis.docs.map(annotationsView))));
  it('align', () => golden('align.json', json(report.stories)));
  it('report (Markdown)', () => golden('brief.md', renderMarkdown(report)));
});
