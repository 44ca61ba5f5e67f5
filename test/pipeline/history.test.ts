import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { textLayer } from '../../src/nlp/index.js';
import { SHARED } from '../helpers/check-report.js';
import { reportOf } from './pier-fixtures.js';

describe('what the process read before', () => {
  const words = (text: string): string[] => textLayer({ text }).tokens.map((t) => t.text);

  it('does not change how a sentence is cut into tokens', () => {
    const sentence = "Brennock's deputy Osric Lamb closed the pier.";
    const fresh = words(sentence);
    expect(fresh.slice(0, 2)).toEqual(['Brennock', "'s"]);
    // wink learns "Brennock's" as one word when it first meets it before a full stop
    expect(words("The east section was Brennock's.")).toContain("Brennock's");
    expect(words(sentence)).toEqual(fresh);
  });

  it('does not change the report of a story read again after other stories', async () => {
    const { articles } = await ingest([join(SHARED, 'data/ecbplus/articles.jsonl')]);
    const topic = articles.filter((a) => a.id.startsWith('ecb-1_'));
    const first = reportOf(topic);
    reportOf(articles.filter((a) => a.id.startsWith('ecb-2_') || a.id.startsWith('ecb-3_')));
    expect(reportOf(topic)).toBe(first);
  });
});
