import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/align/timeline/index.js';
import { type AnnotatedArticle, annotationsOf, type TimexAnnotation } from '../../src/doc/index.js';
import { seedDocs } from './fixtures.js';

describe('the reference story', () => {
  const docs = seedDocs();
  const timeline = buildTimeline(docs);
  const docOf = (prefix: string): AnnotatedArticle | undefined => docs.find((d) => d.article.id.startsWith(prefix));
  const timexesOf = (doc: AnnotatedArticle | undefined): TimexAnnotation[] => (doc ? annotationsOf(doc, 'timex') : []);
  const valuesOf = (prefix: string): string[] => timexesOf(docOf(prefix)).map((t) => `${t.text}=${t.value}`);

  it('dates the events the reports name', () => {
    const dates = new Set(timeline.map((e) => e.date));
    for (const date of ['2024-10-31', '2024-10-30', '2024-06', '2023-08', '2023-11', '2024-03']) {
      expect(dates).toContain(date);
    }
  });

  it('resolves weekdays, seasons and months against each report', () => {
    expect(valuesOf('000')).toEqual(['this past summer=2024', 'Wednesday=2024-10-30']);
    expect(valuesOf('003')).toEqual(expect.arrayContaining(['August 2023=2023-08', 'June=2024-06']));
    expect(valuesOf('004')).toEqual(expect.arrayContaining(['Thursday=2024-10-31', 'mid-October=2024-10']));
  });

  it("lets undated reports borrow the story's latest date and says so", () => {
    for (const prefix of ['002', '004']) {
      const doc = docOf(prefix);
      expect(doc?.referenceDate).toBe('2024-11-04');
      expect(doc?.referenceDateInferred).toBe(true);
      const thursday = timexesOf(doc).find((t) => t.text === 'Thursday');
      expect(thursday).toMatchObject({ value: '2024-10-31', inferred: true });
    }
    expect(timexesOf(docOf('004')).find((t) => t.text === 'March 2024')?.inferred).toBe(false);
  });

  it('merges the reports of one dated event and cites each of them', () => {
    const briefing = timeline.find((e) => e.date === '2024-10-31' && e.citations.length > 2);
    expect(new Set(briefing?.citations.map((c) => c.articleId.slice(0, 3)))).toEqual(new Set(['002', '003', '004']));
    const council = timeline.find((e) => e.date === '2024-10-30');
    expect(council?.citations.map((c) => c.articleId.slice(0, 3))).toEqual(['000', '003']);
  });

  it('cites only sentences that carry the date expression', () => {
    for (const entry of timeline) {
      for (const c of entry.citations) {
        const doc = docs.find((d) => d.article.id === c.articleId);
        const sentence = doc?.sentences[c.sentence]?.text ?? '';
        const timex = timexesOf(doc).find((t) => t.sentence === c.sentence && t.value === entry.date);
        expect(timex && sentence.includes(timex.text)).toBe(true);
      }
    }
  });

  it('is ordered by date then first citation, and deterministic', () => {
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(buildTimeline(seedDocs())).toEqual(timeline);
  });
});
