import { describe, expect, it } from 'vitest';
import { alignQuotes, describeDifferences, wordsOf } from '../../src/align/quotes/index.js';
import type { StoryQuote } from '../../src/doc/index.js';
import { differenceText } from '../../src/report/notes.js';
import { normQuote } from './gold.js';
import { annotate, seedTexts, surnameIndex } from './story.js';

const norm = normQuote;

const docs = seedTexts().map((s) => annotate(s.id, s.text));
const quotes = alignQuotes(docs, surnameIndex(docs));
const cited = (q: StoryQuote | undefined): string[] => (q?.citations ?? []).map((c) => c.articleId.slice(0, 3));
const starting = (start: string): StoryQuote | undefined => quotes.find((q) => norm(q.text).startsWith(norm(start)));

describe('quotes across the reference story', () => {
  it('makes one entry of each quote several outlets carry, citing all of them', () => {
    expect(cited(starting('We’ve not yet seen these troops deploy'))).toEqual(['000', '003', '004']);
    expect(cited(starting('If these North Korean troops engage'))).toEqual(['000', '004']);
    expect(cited(starting('Make no mistake'))).toEqual(['000', '004']);
    expect(cited(starting('meat grinder of his own making'))).toEqual(['002', '004']);
    expect(cited(starting('basic infantry operations'))).toEqual(['000', '003']);
    expect(starting('We’ve not yet seen these troops deploy')?.speaker).toBe('Antony Blinken');
  });

  it("keeps each outlet's wording and marks where it differs", () => {
    const blinken = starting('We’ve not yet seen these troops deploy');
    expect(blinken?.variants.map((v) => v.articleId.slice(0, 3))).toEqual(['000', '003', '004']);
    expect(blinken?.variants.find((v) => v.articleId.startsWith('003'))?.differences).toContainEqual({
      kind: 'comma-dropped',
      after: 'forces',
    });
    const infantry = starting('basic infantry operations')?.variants.flatMap((v) => v.differences) ?? [];
    expect(infantry.map(differenceText).some((d) => /"front ?line" → "front ?line"/.test(d))).toBe(true);
    expect(blinken?.speakerConflict).toBe(false);
  });

  it('cites, for every article, a sentence holding the opening words of the quote', () => {
    for (const q of quotes) {
      for (const c of q.citations) {
        const sentence = docs.find((d) => d.article.id === c.articleId)?.sentences[c.sentence]?.text ?? '';
        expect(norm(sentence), q.text).toContain(norm(q.text).slice(0, 20));
      }
      expect(new Set(q.citations.map((c) => c.articleId)).size).toBe(q.citations.length);
    }
  });

  it('is deterministic and ordered by first article, then position', () => {
    expect(alignQuotes(docs, surnameIndex(docs))).toEqual(quotes);
    expect(quotes[0]?.citations[0]?.articleId.slice(0, 3)).toBe('000');
    const firsts = quotes.map((q) => docs.findIndex((d) => d.article.id === q.citations[0]?.articleId));
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });
});

describe('quotes across invented reports', () => {
  const a = annotate(
    'a',
    '"The bridge will reopen before the winter festival, and every lane will be repaired," said Mayor Ilse Varga.',
  );
  const b = annotate(
    'b',
    'Deputy mayor Piet Horan said: "The bridge will reopen before the winter festival." He thanked the crews.',
  );
  const c = annotate('c', '"The winter festival will go ahead whatever the weather," organiser Tomasz Reyl said.');
  const story = alignQuotes([a, b, c], surnameIndex([a, b, c]));

  it('flags an utterance that outlets attribute to different speakers', () => {
    const bridge = story.find((q) => q.text.startsWith('The bridge will reopen'));
    expect(bridge?.citations.map((x) => x.articleId)).toEqual(['a', 'b']);
    expect(bridge?.speakerConflict).toBe(true);
    expect(bridge?.variants[1]?.differences.map(differenceText)).toEqual([
      'shortened: omits "and every lane will be repaired"',
    ]);
  });

  it('does not join different utterances that share a few words', () => {
    expect(story).toHaveLength(2);
    expect(story[1]?.citations.map((x) => x.articleId)).toEqual(['c']);
  });

  it('describes compounds, changed words and punctuation', () => {
    const base = wordsOf('in frontline operations, they said', 0);
    const differences = describeDifferences(base, wordsOf('in front line operations they said', 0));
    expect(differences).toEqual([
      { kind: 'reworded', from: 'frontline', to: 'front line' },
      { kind: 'comma-dropped', after: 'operations' },
    ]);
    expect(differences.map(differenceText)).toEqual(['"frontline" → "front line"', 'comma dropped after "operations"']);
  });
});
