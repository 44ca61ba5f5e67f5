import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/align/timeline/index.js';
import { annotateDates, articleOf } from './fixtures.js';

// Three invented reports of one invented story.
const gazette = articleOf(
  'gazette',
  'Eastbrook dam\nHOST: The Eastbrook reservoir dam cracked on Tuesday after three days of heavy rain. ' +
    'Engineers evacuated the valley village of Millrow on Wednesday. The dam was built in 1962.',
  '2024-03-14',
);
const courier = articleOf(
  'courier',
  'Engineers evacuated Millrow, a valley village below the Eastbrook reservoir dam, on Wednesday. ' +
    'The Eastbrook reservoir dam cracked on Monday, the regional water board said.',
  '2024-03-15',
);
const wire = articleOf('wire', 'The Eastbrook reservoir dam, built in 1962, cracked on Tuesday.', null);

const docs = [gazette, courier, wire].map((a) => annotateDates(a, '2024-03-15'));
const timeline = buildTimeline(docs);

describe('buildTimeline', () => {
  it('merges one event across reports and cites every supporting sentence', () => {
    const evacuation = timeline.find((e) => e.date === '2024-03-13');
    expect(evacuation?.citations).toEqual([
      { articleId: 'gazette', sentence: 2 },
      { articleId: 'courier', sentence: 0 },
    ]);
    const built = timeline.find((e) => e.date === '1962');
    expect(built?.citations.map((c) => c.articleId)).toEqual(['gazette', 'wire']);
  });

  it('quotes the earliest report, without its speaker label', () => {
    const evacuation = timeline.find((e) => e.date === '2024-03-13');
    expect(evacuation?.text).toBe('Engineers evacuated the valley village of Millrow on Wednesday.');
    expect(timeline.find((e) => e.date === '2024-03-12')?.text).toMatch(/^The Eastbrook reservoir dam cracked/);
  });

  it('flags an event the reports date differently', () => {
    const monday = timeline.find((e) => e.date === '2024-03-11');
    expect(monday?.text).toContain('[other reports date this 2024-03-12]');
    expect(timeline.find((e) => e.date === '2024-03-12')?.text).toContain('2024-03-11');
  });

  it('marks entries that rest only on a borrowed reference date', () => {
    const tuesday = timeline.find((e) => e.date === '2024-03-12');
    expect(tuesday?.inferred).toBe(false);
    expect(tuesday?.citations.map((c) => c.articleId)).toEqual(['gazette', 'wire']);
    expect(timeline.find((e) => e.date === '1962')?.inferred).toBe(false);
  });

  it('orders by date, then by first citation', () => {
    expect(timeline.map((e) => e.date)).toEqual(['1962', '2024-03-11', '2024-03-12', '2024-03-13']);
  });

  it('returns nothing for reports without dates', () => {
    expect(buildTimeline([annotateDates(articleOf('x', 'The dam held.', '2024-03-15'), null)])).toEqual([]);
  });
});
