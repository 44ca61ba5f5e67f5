import { describe, expect, it } from 'vitest';
import { claimUnits } from '../../src/align/claims/claim-units.js';
import { alignClaims } from '../../src/align/claims/index.js';
import type { AnnotatedArticle, Annotation, Claim, EntityType } from '../../src/doc/index.js';
import { docOf, noteOf, storyOf } from './seed-docs.js';

// Invented, fictional reports of an invented town.
const FILLER = [
  'The ferry schedule was unchanged for the weekend.',
  'Local shops reported a quiet morning along the waterfront.',
];
const article = (id: string, ...sentences: string[]): AnnotatedArticle =>
  docOf(id, [...sentences, ...FILLER.map((f) => `${f.slice(0, -1)} in ${id}.`)].join('\n'), `Outlet ${id}`);
const claimWith = (claims: readonly Claim[], pattern: RegExp): Claim | undefined =>
  claims.find((c) => pattern.test(c.text));

/** Adds annotations at the first occurrence of each phrase in the article text. */
const annotate = (doc: AnnotatedArticle, make: ((at: (phrase: string) => Span) => Annotation)[]): AnnotatedArticle => {
  const at = (phrase: string): Span => {
    const start = doc.article.text.indexOf(phrase);
    const end = start + phrase.length;
    return { start, end, sentence: doc.sentences.findIndex((s) => s.start <= start && end <= s.end) };
  };
  return { ...doc, annotations: make.map((m) => m(at)) };
};
interface Span {
  start: number;
  end: number;
  sentence: number;
}
const person =
  (name: string, type: EntityType = 'person') =>
  (at: (p: string) => Span): Annotation => ({ kind: 'entity', ...at(name), name, type, role: null, metonym: false });

describe('claim units', () => {
  it('strips transcript labels and datelines and drops sign-offs, credits, prompts and question headers', () => {
    const doc = docOf(
      'radio',
      [
        'JANE MORROW, HOST:',
        '',
        'The harbor bridge in Riverton will stay closed through the winter, officials say.',
        '',
        'TOM REDFERN, BYLINE: Engineers found cracks in two of the four main cables last week.',
        '',
        'MAYOR ELENA VASQUEZ: We will reopen the bridge in spring, once the cables are replaced.',
        '',
        'REDFERN: The council meets again on Monday to approve the repair contract.',
        '',
        'What happens to the ferries now?',
        '',
        'Tom Redfern, Riverton Radio News, Riverton.',
        '',
        'Transcript provided by Riverton Radio.',
        '',
        'Sign up for our newsletter to get the latest harbor news delivered to your inbox.',
        '',
        'By Jane Morrow and Tom Redfern',
        '',
        'RIVERTON – Ferry crews added two evening crossings to carry commuters around the closure.',
      ].join('\n'),
    );
    expect(claimUnits([doc]).map((u) => [u.text, u.turnSpeaker])).toEqual([
      ['The harbor bridge in Riverton will stay closed through the winter, officials say.', null],
      ['Engineers found cracks in two of the four main cables last week.', null],
      ['We will reopen the bridge in spring, once the cables are replaced.', 'Mayor Elena Vasquez'],
      ['The council meets again on Monday to approve the repair contract.', null],
      ['Ferry crews added two evening crossings to carry commuters around the closure.', null],
    ]);
  });

  it('splits a long coordinated sentence into clauses that cite the same sentence', () => {
    const doc = docOf(
      'long',
      'The Riverton council voted on Monday to spend four million dollars on new steel cables for the harbor bridge, ' +
        'and the ferry company agreed to run extra crossings every evening until the repairs on the bridge are finished.',
    );
    const units = claimUnits([doc]);
    expect(units.map((u) => u.text)).toEqual([
      'The Riverton council voted on Monday to spend four million dollars on new steel cables for the harbor bridge',
      'the ferry company agreed to run extra crossings every evening until the repairs on the bridge are finished.',
    ]);
    expect(new Set(units.map((u) => u.sentence))).toEqual(new Set([0]));
  });
});

describe('contested claims', () => {
  it('flags rival figures for the same count across outlets', () => {
    const a = article('a', 'Rescuers pulled 12 miners from the flooded Karsvik shaft late on Tuesday.');
    const b = article('b', 'Rescuers pulled 14 miners from the flooded Karsvik shaft late on Tuesday.');
    const { claims } = alignClaims([a, b], storyOf([a, b]));
    const c = claimWith(claims, /miners/);
    expect(c?.status).toBe('contested');
    expect(c?.notes).toEqual([
      {
        kind: 'figures-differ',
        values: [
          { value: '12', articleIds: ['a'] },
          { value: '14', articleIds: ['b'] },
        ],
      },
    ]);
    expect(noteOf(c, [a, b])).toBe('figures differ: 12 (Outlet a); 14 (Outlet b)');
    expect(c?.citations).toEqual([
      { articleId: 'a', sentence: 0 },
      { articleId: 'b', sentence: 0 },
    ]);
  });

  it('reads figures from quantity annotations when the extractor has run', () => {
    const quantity = (text: string, value: number) => (at: (p: string) => Span) =>
      ({
        kind: 'quantity',
        ...at(text),
        text,
        value,
        low: null,
        high: null,
        hedge: 'at least',
        unit: null,
        what: 'miners',
        head: 'miner',
        attributedTo: null,
        rate: null,
      }) as Annotation;
    const a = annotate(article('a', 'Rescuers pulled at least 12 miners from the flooded Karsvik shaft on Tuesday.'), [
      quantity('at least 12', 12),
    ]);
    const b = annotate(article('b', 'Rescuers pulled at least 12 miners from the flooded Karsvik shaft on Tuesday.'), [
      quantity('at least 12', 12),
    ]);
    const { claims } = alignClaims([a, b], storyOf([a, b]));
    expect(claimWith(claims, /miners/)).toMatchObject({ status: 'consensus', sources: 2, notes: [] });
  });

  it('flags one account negating what another affirms', () => {
    const a = article('a', 'The Riverton council approved the harbor bridge repair budget at its Monday meeting.');
    const b = article(
      'b',
      'The Riverton council did not approve the harbor bridge repair budget at its Monday meeting.',
    );
    const { claims } = alignClaims([a, b], storyOf([a, b]));
    expect(claimWith(claims, /budget/)).toMatchObject({
      status: 'contested',
      notes: [{ kind: 'negation', negatedIn: 'b', affirmedIn: 'a' }],
    });
    expect(noteOf(claimWith(claims, /budget/), [a, b])).toBe('negated in Outlet b, affirmed in Outlet a');
  });

  it('flags the same words given to different people', () => {
    const a = annotate(article('a', '“The bridge will reopen to traffic in spring,” said Mayor Elena Vasquez.'), [
      person('Elena Vasquez'),
    ]);
    const b = annotate(article('b', '“The bridge will reopen to traffic in spring,” said engineer Tomas Okafor.'), [
      person('Tomas Okafor'),
    ]);
    const { claims } = alignClaims([a, b], storyOf([a, b]));
    expect(noteOf(claimWith(claims, /reopen/), [a, b])).toBe(
      'attributed to Elena Vasquez (Outlet a) and to Tomas Okafor (Outlet b)',
    );
  });

  it('flags dates that differ', () => {
    const timex = (text: string, value: string) => (at: (p: string) => Span) =>
      ({ kind: 'timex', ...at(text), text, value, inferred: false }) as Annotation;
    const a = annotate(article('a', 'The harbor bridge reopened to traffic on March 3 after the cable repairs.'), [
      timex('March 3', '2031-03-03'),
    ]);
    const b = annotate(article('b', 'The harbor bridge reopened to traffic on March 5 after the cable repairs.'), [
      timex('March 5', '2031-03-05'),
    ]);
    const { claims } = alignClaims([a, b], storyOf([a, b]));
    const reopened = claimWith(claims, /reopened/);
    expect(reopened?.status).toBe('contested');
    expect(noteOf(reopened, [a, b])).toBe('dates differ: 2031-03-03 (Outlet a); 2031-03-05 (Outlet b)');
  });
});

describe('independence', () => {
  const wire = 'Engineers found cracks in two of the four main cables of the Riverton harbor bridge last week.';
  const own = 'The ferry company said it would add two evening crossings while the bridge stays closed.';
  const a = article('a', wire, own);
  const b = article('b', wire, own);
  const c = article('c', 'Inspectors found cracks in two of the four main cables of the Riverton harbor bridge.');
  const { claims, coverage } = alignClaims([a, b, c], storyOf([a, b, c], [['b', 'a']]));

  it('counts a wire copy and its original as one source', () => {
    const cables = claimWith(claims, /cables/);
    expect(cables).toMatchObject({
      status: 'consensus',
      sources: 2,
      notes: [{ kind: 'copies', families: [{ original: 'a', copies: ['b'] }] }],
    });
    expect(noteOf(cables, [a, b, c])).toBe('Outlet b copies Outlet a (counted once)');
    expect(new Set(cables?.citations.map((x) => x.articleId))).toEqual(new Set(['a', 'b', 'c']));
    expect(claimWith(claims, /ferry company/)).toMatchObject({ status: 'single-source', sources: 1 });
  });

  it('records the copy in the coverage', () => {
    const ferry = claims.findIndex((x) => /ferry company/.test(x.text));
    expect(coverage.map((x) => [x.articleId, x.copyOf])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', null],
    ]);
    expect(coverage[0]?.unique).toContain(ferry);
    expect(coverage[2]?.unique).not.toContain(ferry);
  });
});
