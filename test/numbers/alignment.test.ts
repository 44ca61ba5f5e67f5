import { describe, expect, it } from 'vitest';
import { alignNumbers } from '../../src/align/numbers/index.js';
import type { AnnotatedArticle } from '../../src/doc/index.js';
import { annotate, fakeEntities } from './helpers.js';

// Invented reports about a fictional flood in Tallbridge.
const entities = fakeEntities([
  { name: 'Ada Quill', type: 'person' },
  { name: 'Tallbridge', type: 'place' },
]);
const story = (...texts: string[]): AnnotatedArticle[] =>
  texts.map((t, i) => annotate(`a${i}`, ` date 2031-04-0${i + 1} ${t}`));

describe('aligning figures across articles', () => {
  it('turns different figures for the same thing into a disagreement, sorted, with sources', () => {
    const docs = story(
      'Mayor Ada Quill said 400 homes in Tallbridge were flooded.',
      'The river board said about 650 homes in Tallbridge were flooded. Quill said 400 homes in Tallbridge were flooded.',
    );
    const { numbers, disagreements } = alignNumbers(docs, entities);
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.values.map((v) => [v.value, v.hedge, v.attributedTo])).toEqual([
      [400, 'exact', 'Ada Quill'],
      [650, 'about', 'river board'],
    ]);
    const quill = numbers.find((n) => n.value === 400);
    expect(quill?.citations).toEqual([
      { articleId: 'a0', sentence: 0 },
      { articleId: 'a1', sentence: 1 },
    ]);
  });

  it('does not set different qualifiers against each other', () => {
    const docs = story(
      'Officials said 400 homes in Tallbridge were flooded.',
      'Officials said 90 homes in Eastmoor were flooded.',
    );
    expect(alignNumbers(docs, entities).disagreements).toEqual([]);
  });

  it('does not set durations of different things against each other', () => {
    const docs = story(
      'The Tallbridge council voted on Thursday, ending a debate that had split the town for two years. Mayor Ada Quill said the levee would cost about $9 million and take three years to finish.',
    );
    expect(alignNumbers(docs, entities).disagreements).toEqual([]);
  });

  it('treats a later figure from the same source as an update', () => {
    const docs = story(
      'The river board said 300 homes in Tallbridge were flooded.',
      'The river board said 520 homes in Tallbridge were flooded.',
    );
    const { numbers, disagreements } = alignNumbers(docs, entities);
    expect(disagreements).toEqual([]);
    expect(numbers.map((n) => n.value)).toEqual([300, 520]);
  });

  it('does not count alternatives ("300 or 500") as claims', () => {
    const docs = story(
      'Quill said 400 homes in Tallbridge were flooded.',
      'Whether 300 or 500 homes in Tallbridge were flooded hardly matters, Quill said.',
    );
    expect(alignNumbers(docs, entities).disagreements).toEqual([]);
  });

  it('groups synonyms of the counted noun and merges the same fact', () => {
    const docs = story(
      'The army said 800 soldiers in Tallbridge were helping.',
      'The army said 800 troops in Tallbridge were helping, while Quill put the figure at 1,000.',
    );
    const { numbers, disagreements } = alignNumbers(docs, entities);
    const army = numbers.find((n) => n.value === 800);
    expect(army?.citations).toHaveLength(2);
    expect(disagreements[0]?.values.map((v) => [v.value, v.attributedTo])).toEqual([
      [800, 'army'],
      [1000, 'Ada Quill'],
    ]);
  });
});
