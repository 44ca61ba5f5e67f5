import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/index.js';
import type { Report } from '../../src/report/index.js';
import { checkReport } from '../helpers/check-report.js';
import { runCli } from '../helpers/run-cli.js';
import { writeInput } from './analysis-inputs.js';

describe('wink output is untrusted', () => {
  it('gives a token wink leaves without a lemma ("cannot." at the end of a text) its own form', () => {
    const { tokens } = tokenize('Officials said the people of the fictional town cannot.');
    expect(tokens.find((t) => t.text === 'cannot')?.lemma).toBe('cannot');
  });

  it.each(['cannot', 'wont'])(
    'analyses an ordinary sentence ending in "%s." instead of ending the run',
    async (word) => {
      const text = `Officials said the people of the fictional town of Brindlecombe ${word}.`;
      const run = await runCli(['analyze', writeInput('town.json', JSON.stringify({ text })), '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.articles[0]?.sentences).toEqual([text]);
      expect(checkReport(run.stdout).summary).toMatch(/^check-report: 0 problems; 1 articles, 1 stories/);
    },
  );
});
