import { describe, expect, it } from 'vitest';
import type { QuoteAnnotation, TextLayer } from '../../src/doc/index.js';
import { extractQuotes } from '../../src/nlp/quotes/index.js';
import { layerOf, normQuote } from './gold.js';
import { seedTexts } from './story.js';

const norm = normQuote;

const quotesOf = (text: string): { layer: TextLayer; quotes: QuoteAnnotation[] } => {
  const layer = layerOf(text);
  return { layer, quotes: extractQuotes(layer, []) };
};

const find = (quotes: readonly QuoteAnnotation[], start: string): QuoteAnnotation | undefined =>
  quotes.find((q) => norm(q.text).startsWith(norm(start)));

const seeds = Object.fromEntries(seedTexts().map((s) => [s.id.slice(0, 3), quotesOf(s.text)]));

describe('quotes on the reference story', () => {
  it('reads the NPR transcript: newsmaker turns are quotes, host and reporter turns are not', () => {
    const { quotes } = seeds['000'] ?? { quotes: [] };
    expect(quotes.map((q) => [q.form, q.speaker])).toEqual([
      ['transcript', 'Antony Blinken'],
      ['transcript', 'Lloyd Austin'],
      ['transcript', 'Antony Blinken'],
    ]);
    expect(quotes.some((q) => /Kelemen|Biden administration says/i.test(q.text))).toBe(false);
    expect(find(quotes, 'Make no mistake. If these North Korean troops')?.speaker).toBe('Lloyd Austin');
  });

  it('finds every direct and partial quote with its speaker', () => {
    const expected: [string, string, string][] = [
      ['002', 'meat grinder of his own making', 'Antony Blinken'],
      ['002', 'This 10,000 won', 'Lloyd Austin'],
      ['003', 'We’ve not yet seen these troops', 'Anthony Blinken'],
      ['003', 'basic infantry operations', 'Anthony Blinken'],
      ['003', 'I believe they sent officers first', 'Volodymyr Zelenskyy'],
      ['003', 'very, very serious issue', 'Lloyd Austin'],
      ['003', 'could significantly destabilize', 'Glib Voloskyi'],
      ['003', 'Whether it will be 3,000', 'Volodymyr Zelenskyy'],
      ['003', 'in the strongest possible terms', 'Cho Tae-yul'],
      ['003', 'to take necessary measures accordingly', 'Cho Tae-yul'],
      ['003', 'It’s a kind of escalation', 'Boris Pistorius'],
      ['003', 'not just a concern', 'John Healey'],
      ['003', 'I think Ukraine is wearing down', 'Justin Crump'],
      ['004', 'We’ve not yet seen these troops', 'Antony Blinken'],
      ['004', 'All of that strongly indicates', 'Lloyd Austin'],
      ['004', 'Make no mistake', 'Lloyd Austin'],
      ['004', 'One of the reasons that Russia', 'Antony Blinken'],
    ];
    for (const [doc, start, speaker] of expected) {
      expect(find(seeds[doc]?.quotes ?? [], start)?.speaker, `${doc} ${start}`).toBe(speaker);
    }
    expect(seeds['002']?.quotes).toHaveLength(2);
    expect(seeds['003']?.quotes).toHaveLength(11);
  });

  it('keeps a quote split by its attribution as one utterance with every part', () => {
    const austin = find(seeds['004']?.quotes ?? [], 'Make no mistake');
    expect(austin?.parts).toHaveLength(2);
    expect(austin?.cue).toBe('added');
    expect(austin?.text).toMatch(/^Make no mistake, … If these North Korean troops engage/);
    const crump = find(seeds['003']?.quotes ?? [], 'I think Ukraine');
    expect(crump?.text.endsWith('… You don’t require them.')).toBe(true);
  });

  it('cites the sentence where every quote starts', () => {
    for (const { layer, quotes } of Object.values(seeds)) {
      for (const q of quotes) {
        const sentence = layer.sentences[q.sentence];
        expect(sentence && sentence.start <= q.start && q.start < sentence.end).toBe(true);
        const opening = layer.text.slice(q.start, Math.min(q.end, sentence?.end ?? 0));
        expect(norm(q.text).startsWith(norm(opening).slice(0, 20))).toBe(true);
        expect({ start: q.start, end: q.end }).toEqual(q.parts[0]);
      }
    }
  });

  it('marks fragments worked into reported speech as partial', () => {
    expect(find(seeds['002']?.quotes ?? [], 'meat grinder')?.form).toBe('partial');
    expect(find(seeds['004']?.quotes ?? [], 'We’ve not yet seen')?.form).toBe('direct');
  });
});

describe('quotes in invented reports', () => {
  it('attributes after, before, inverted, colon and "according to" cues, and carries a bare quote on', () => {
    const { quotes } = quotesOf(
      [
        'The harbour of Port Arden will close for repairs, Mayor Elena Vasquez said on Monday.',
        '"We have no choice," Vasquez said. "The pier is older than any of us, and it is failing."',
        'She added: "Nobody will lose their job over this."',
        'According to harbour master Tomas Brell, "the work should take nine months."',
        '"It is a sad day for the fleet," said Oskar Lind, a fisherman who has worked the bay for forty years.',
      ].join('\n'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Elena Vasquez', 'Elena Vasquez', 'Tomas Brell', 'Oskar Lind']);
    expect(quotes[0]?.text).toBe('We have no choice, … The pier is older than any of us, and it is failing.');
    expect(quotes[1]?.speakerSpan).not.toBeNull();
  });

  it('leaves titles, nicknames, scare quotes and lone words without a cue out', () => {
    const { quotes } = quotesOf(
      [
        'Inspector Ruth Okafor said the suspect, known locally as "the Fox," had fled.',
        'Okafor told reporters the man was "armed and dangerous." He was last seen near the "Old Mill" pub.',
        'The local band played "Sea of Glass" while the so-called "recovery fund" stayed empty.',
        'The town\'s "historic" clock tower stopped at noon.',
      ].join('\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['armed and dangerous.', 'Ruth Okafor']]);
  });

  it('reads British single quotes and resolves pronouns to the nearest compatible person', () => {
    const { quotes } = quotesOf(
      [
        "'We are delighted,' said Marta Oyelaran, the chief executive of Fenwick Mills. 'It has been a long year.'",
        'Her deputy, Colin Dray, joined the firm from the rival Brackley Group.',
        "'The orders are back,' she said.",
      ].join('\n'),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are delighted, … It has been a long year.', 'Marta Oyelaran'],
      ['The orders are back,', 'Marta Oyelaran'],
    ]);
  });

  it('continues a quote left open at the end of a paragraph into the next one', () => {
    const { quotes } = quotesOf(
      '“The forecast is grim,” said Priya Nandakumar, a meteorologist.\n“Rain will fall for a week.\n\n“Then the rivers will rise,” she said.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.parts).toHaveLength(3);
    expect(quotes[0]?.text).toBe('The forecast is grim, … Rain will fall for a week. Then the rivers will rise,');
  });

  it('treats transcript turns of staff as narration and names later used as reporters as staff', () => {
    const { quotes } = quotesOf(
      [
        'CLARA MOSS, HOST:',
        '',
        'Good evening. Our correspondent Jo Farrant reports from the flooded town of Wexley.',
        '',
        'JO FARRANT: The river rose overnight.',
        '',
        'ARNOLD PIKE: We lost the ground floor of the shop. Everything is gone.',
        '',
        'FARRANT: Pike says he will rebuild.',
        '',
        'PIKE: We always do.',
      ].join('\n'),
    );
    expect(quotes.map((q) => [q.form, q.speaker, q.text])).toEqual([
      ['transcript', 'Arnold Pike', 'We lost the ground floor of the shop. Everything is gone.'],
      ['transcript', 'Arnold Pike', 'We always do.'],
    ]);
  });
});
