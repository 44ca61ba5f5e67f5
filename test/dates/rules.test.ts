import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/nlp/dates/index.js';
import { layerOf } from './fixtures.js';

/** Date expressions as [text, value] pairs; every fixture is invented. */
const read = (text: string, ref: string | null, inferred = false): [string, string][] =>
  extractTimexes(layerOf(text), ref, inferred).map((t) => [t.text, t.value]);

const MONDAY = '2024-11-04';
const THURSDAY = '2024-10-31';

describe('weekdays resolve to the most recent past one', () => {
  it('reads a weekday before the reference', () => {
    expect(read('The mayor of Eastbrook resigned on Thursday.', MONDAY)).toEqual([['Thursday', '2024-10-31']]);
    expect(read('The Valdorian envoy told the assembly Wednesday that talks had stalled.', THURSDAY)).toEqual([
      ['Wednesday', '2024-10-30'],
    ]);
  });

  it("takes the article's own weekday as its day, a borrowed reference's as a week earlier", () => {
    const text = 'The Eastbrook council met on Monday.';
    expect(read(text, MONDAY)).toEqual([['Monday', '2024-11-04']]);
    expect(read(text, MONDAY, true)).toEqual([['Monday', '2024-10-28']]);
  });

  it('looks ahead when the sentence does', () => {
    expect(read('The Eastbrook council will vote on Thursday.', MONDAY)).toEqual([['Thursday', '2024-11-07']]);
    expect(read('On Friday, the ferry company will resume service.', MONDAY)).toEqual([['Friday', '2024-11-08']]);
    expect(read('Officials said Friday that the ferry will resume service.', MONDAY)).toEqual([
      ['Friday', '2024-11-01'],
    ]);
  });

  it('honours last and next', () => {
    expect(read('The strike began last Monday.', THURSDAY)).toEqual([['last Monday', '2024-10-28']]);
    expect(read('The strike ends next Monday.', THURSDAY)).toEqual([['next Monday', '2024-11-04']]);
  });
});

describe('months and days without a year', () => {
  it('reads a month as the most recent past one, at month granularity', () => {
    expect(read('In June, the two provinces signed a water pact.', MONDAY)).toEqual([['June', '2024-06']]);
    expect(read('The mill closed in December.', MONDAY)).toEqual([['December', '2023-12']]);
    expect(read('Videos circulating in mid-October showed the flooded valley.', MONDAY)).toEqual([
      ['mid-October', '2024-10'],
    ]);
  });

  it('keeps the year when it is written', () => {
    expect(read('In March 2024, Valdoria became the largest exporter of saffron.', MONDAY)).toEqual([
      ['March 2024', '2024-03'],
    ]);
    expect(read('Eastbrook struck a $2 million deal in November 2023 to buy buses.', MONDAY)).toEqual([
      ['November 2023', '2023-11'],
    ]);
    expect(read('The cooperative has shipped 4,000 crates since August 2023.', MONDAY)).toEqual([
      ['August 2023', '2023-08'],
    ]);
  });

  it('looks ahead for deadlines and schedules', () => {
    expect(read('The guild wants to close 40 of its 300 stalls by early June.', '2024-05-14')).toEqual([
      ['early June', '2024-06'],
    ]);
    expect(read('A June 3 hearing has been scheduled in the Eastbrook court.', '2024-05-14')).toEqual([
      ['June 3', '2024-06-03'],
    ]);
    expect(read('The ferry line has a June 1 deadline to file its plan.', '2024-05-28')).toEqual([
      ['June 1', '2024-06-01'],
    ]);
  });

  it('reads a day a few days ahead as this year, not one almost a year back', () => {
    expect(read('The new bridge opens to traffic when it is finished on November 11.', MONDAY)).toEqual([
      ['November 11', '2024-11-11'],
    ]);
  });

  it('uses a written weekday to pick the year of a month and day', () => {
    expect(read('The board met on Thursday, October 31, in Eastbrook.', '2025-01-10')).toEqual([
      ['Thursday, October 31', '2024-10-31'],
    ]);
  });
});

describe('seasons', () => {
  it('names the year of the season', () => {
    expect(read('Farmers in Valdoria lost half their crop this past summer.', THURSDAY)).toEqual([
      ['this past summer', '2024'],
    ]);
    expect(read('The Eastbrook dam was inspected last fall.', '2024-03-10')).toEqual([['last fall', '2023']]);
    expect(read('The bridge opened in the spring of 2021.', MONDAY)).toEqual([['the spring of 2021', '2021']]);
  });

  it('leaves out a winter without a year, "fall" as a verb or an event, and seasons in names', () => {
    expect(read('Snow closed the pass last winter.', MONDAY)).toEqual([]);
    expect(read('Prices fall when the harvest is good.', MONDAY)).toEqual([]);
    expect(read('Historians still debate the fall of the old Valdorian regime.', MONDAY)).toEqual([]);
    expect(read('The fall in saffron prices hurt Valdoria.', MONDAY)).toEqual([]);
    expect(read('Eastbrook rowers trained for the Summer Games.', MONDAY)).toEqual([]);
    expect(read('The mill closed in the fall.', MONDAY)).toEqual([['the fall', '2024']]);
  });
});

describe('relative expressions', () => {
  it('reads days, months and years around the reference', () => {
    const text =
      'The Eastbrook council voted today. Its chair resigned yesterday. The budget was cut last month. ' +
      'Tolls rose earlier this month. Ridership fell this year and grew last year. The plan was drafted three days ago.';
    expect(read(text, MONDAY)).toEqual([
      ['today', '2024-11-04'],
      ['yesterday', '2024-11-03'],
      ['last month', '2024-10'],
      ['earlier this month', '2024-11'],
      ['this year', '2024'],
      ['last year', '2023'],
      ['three days ago', '2024-11-01'],
    ]);
  });

  it('gives a week its month, and nothing when it straddles two', () => {
    expect(read('The mayor met the ferry union this week.', MONDAY)).toEqual([['this week', '2024-11']]);
    expect(read('The mayor met the ferry union last week.', MONDAY)).toEqual([]);
  });

  it('resolves "the same month a year ago" against the month before it', () => {
    expect(read('Bus fares rose 5% in January, compared with the same month a year ago.', '2024-02-10')).toEqual([
      ['January', '2024-01'],
      ['the same month a year ago', '2023-01'],
    ]);
  });

  it('marks as inferred only the values that came from a borrowed reference', () => {
    const timexes = extractTimexes(layerOf('The mill reopened on Tuesday after closing in May 2022.'), MONDAY, true);
    expect(timexes.map((t) => [t.text, t.value, t.inferred])).toEqual([
      ['Tuesday', '2024-10-29', true],
      ['May 2022', '2022-05', false],
    ]);
  });
});

describe('without a reference date', () => {
  it('keeps only dates that carry their year', () => {
    const text = 'The mill reopened on Tuesday, in June, after closing in May 2022. It was founded in 1911.';
    expect(read(text, null)).toEqual([
      ['May 2022', '2022-05'],
      ['1911', '1911'],
    ]);
  });
});

describe('what is not a date', () => {
  it('ignores now, times, quantities, labels, ages and durations', () => {
    const text =
      'The Eastbrook ferry is now running and currently carries 10,000 riders. It leaves at 10 a.m. daily. ' +
      'The B-17 exhibit drew 2000 visitors. The captain, 45, has sailed for three years. ' +
      'The crossing took 86 minutes during the nearly three-year-long dispute. Protests began more than a week ago ' +
      'and about two months ago.';
    expect(read(text, MONDAY)).toEqual([]);
  });

  it('ignores "may" and "march" as words and "Sun" as a newspaper', () => {
    expect(read('The crews may march to the square. The Sun reported it first.', MONDAY)).toEqual([]);
  });

  it('keeps both years of a range', () => {
    expect(read('The line will get new trams from 2026 to 2028.', MONDAY)).toEqual([
      ['2026', '2026'],
      ['2028', '2028'],
    ]);
  });

  it('points every timex at its exact text and sentence', () => {
    const layer = layerOf('Eastbrook held a vote. On Thursday, October 31, 2024, the council approved the dam.');
    for (const t of extractTimexes(layer, MONDAY, false)) {
      expect(layer.text.slice(t.start, t.end)).toBe(t.text);
      expect(layer.sentences[t.sentence]?.text).toContain(t.text);
    }
  });
});
