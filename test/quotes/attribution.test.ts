import { describe, expect, it } from 'vitest';
import type { QuoteAnnotation } from '../../src/doc/index.js';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { layerOf } from './gold.js';

// Every text below is invented: fictional people, firms and places.
const quotesOf = (text: string): QuoteAnnotation[] => extractQuotes(layerOf(text), []);
const said = (text: string): [string | null, string][] => quotesOf(text).map((q) => [q.speaker, q.text]);

describe('speaker attribution on invented news text', () => {
  it('never lets "he" mean the firm that spoke last', () => {
    const text =
      'Acme Widgets said it would close the plant in Zenda.\n\nLocal union leader Ivor Plimsoll criticised the move. ' +
      '"This is a betrayal of every worker here," he said.';
    expect(said(text)).toEqual([['Ivor Plimsoll', 'This is a betrayal of every worker here,']]);
  });

  it('reads "they" as a firm when no group of people has spoken', () => {
    const text = 'Acme Widgets have denied any wrongdoing.\n\n"We followed every rule," they said in a statement.';
    expect(said(text)).toEqual([['Acme Widgets', 'We followed every rule,']]);
  });

  it('keeps the person a pronoun chain is about, past a name written as an object', () => {
    const text =
      'Ada Quill, an agreeable woman in her sixties, runs the bakery on Elm Street. She gave me a list of her rivals, ' +
      'including Tom Hobb. "I cannot stand his pies," she said.';
    expect(said(text)).toEqual([['Ada Quill', 'I cannot stand his pies,']]);
  });

  it('names the person a role phrase stands for when the story names them later or in a headline', () => {
    const body = 'Prime Minister Rufus Firefly vowed on Tuesday to find those responsible.';
    const role = `The Freedonian prime minister has condemned what he called a "cowardly attack" on the capital.\n\n${body}`;
    expect(said(role)).toEqual([['Rufus Firefly', 'cowardly attack']]);
    const headline = `Freedonian Prime Minister Calls Border Clash 'Provocation'\n\n${body}`;
    expect(said(headline)).toEqual([['Rufus Firefly', 'Provocation']]);
  });

  it('takes the name that opens a long attribution, not the firm in its aside', () => {
    const text =
      '"It was a mistake,’’ Ivor Plimsoll, head of the fictional Zenda Union, told reporters. "And I regret it." ' +
      '"We will rebuild," said Rep. Bob Vance, R-W.Va., at a town hall.';
    expect(said(text)).toEqual([
      ['Ivor Plimsoll', 'It was a mistake, … And I regret it.'],
      ['Bob Vance', 'We will rebuild,'],
    ]);
  });
});

describe('quote detection on invented news text', () => {
  it('rejects scare quotes that modify a noun, even with a cue verb in the sentence', () => {
    expect(
      quotesOf('Protesters marched against the self-declared "interim" council on Sunday, the mayor said.'),
    ).toEqual([]);
  });

  it('pairs marks in messy text: a second curly opener restarts the quote', () => {
    const text = 'The anthem “Zenda (“Home Again”) closed the show. “It moved me,” said the conductor, Ada Quill.';
    expect(said(text)).toEqual([['Ada Quill', 'It moved me,']]);
  });

  it('keeps a one-word sentence that follows its speaker’s attributed quote', () => {
    const text = '"Give me a win, please," Mayor Ada Quill said later. "Please."\n\nShe left the stage.';
    expect(said(text)).toEqual([['Ada Quill', 'Give me a win, please, … Please.']]);
  });

  it('cites the article’s own sentence even where attribution joins sentences cut at an abbreviation', () => {
    const text = 'Rep. Bob Vance, R-W.Va., said: "We will rebuild."';
    const layer = layerOf(text);
    const [quote] = extractQuotes(layer, []);
    expect(quote?.speaker).toBe('Bob Vance');
    const sentence = layer.sentences[quote?.sentence ?? -1];
    expect(sentence && sentence.start <= (quote?.start ?? -1) && (quote?.start ?? -1) < sentence.end).toBe(true);
  });
});
