import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { layerOf } from './gold.js';

// Every text below is invented: fictional people, firms and places.
const said = (text: string): [string | null, string][] =>
  extractQuotes(layerOf(text), []).map((q) => [q.speaker, q.text]);

describe('signatures, second-hand quotes, company references and bare words in marks', () => {
  it('credits a review to the signature on the line after it', () => {
    const text =
      'Readers wrote in about the new bakery.\n\n"The pies were warm and the staff were kind."\n\n– Ada Quill';
    expect(said(text)).toEqual([['Ada Quill', 'The pies were warm and the staff were kind.']]);
  });

  it('gives a reported quote to who said it, not to the office reporting it', () => {
    const text =
      'Ivor Plimsoll was charged in May.\n\nDuring the call, he asked about the budget and said, ' +
      '"somebody ought to shut that office down," the prosecutor\'s office said.';
    expect(said(text)).toEqual([['Ivor Plimsoll', 'somebody ought to shut that office down,']]);
  });

  it('reads "the production company" as the company named just before', () => {
    const text =
      'Zenda Pictures denied that it had made a deal.\n\n"No agreement was ever signed," the production company said.';
    expect(said(text)).toEqual([['Zenda Pictures', 'No agreement was ever signed,']]);
  });

  it('leaves out a bare word in marks inside a clause the reporting verb does not report', () => {
    const text = 'Critics cannot explain why they were silent when the "reset" with Zenda failed.';
    expect(said(text)).toEqual([]);
  });
});
