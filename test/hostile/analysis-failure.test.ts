import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/doc/index.js';
import { attempt, pipelineDiagnostic, shortReason } from '../../src/pipeline/failure.js';

const skipped = (reason: string): Diagnostic =>
  pipelineDiagnostic('lantern.json', 'analysis-failed', `could not be analysed (${reason})`, 'skipped');

describe("one article's failure is that article's diagnostic", () => {
  it('turns an unexpected error into a diagnostic naming the input, with a short reason and no stack', () => {
    const diagnostics: Diagnostic[] = [];
    expect(attempt(() => JSON.parse('{"town": Brindlecombe}') as unknown, skipped, diagnostics)).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ input: 'lantern.json', severity: 'skipped' });
    expect(diagnostics[0]?.reason).toMatch(/^could not be analysed \(SyntaxError: .+\)$/);
    expect(diagnostics[0]?.reason).not.toMatch(/\n|\bat .+:\d+:\d+/);
  });

  it("gives back the work's value and says nothing when it succeeds", () => {
    const diagnostics: Diagnostic[] = [];
    expect(attempt(() => JSON.parse('{"town":"Brindlecombe"}') as unknown, skipped, diagnostics)).toEqual({
      town: 'Brindlecombe',
    });
    expect(diagnostics).toEqual([]);
  });

  it('keeps the first line of a long message, cut short', () => {
    const reason = shortReason(new RangeError(`${'the ferry '.repeat(40)}\nsecond line`));
    expect(reason.startsWith('RangeError: the ferry the ferry')).toBe(true);
    expect(reason.length).toBeLessThanOrEqual(121);
    expect(reason).not.toContain('second line');
  });
});
