import { describe, expect, it } from 'vitest';
import type { QuantityAnnotation } from '../../src/doc/index.js';
import { quantitiesOf } from './helpers.js';

// Invented sentences about the fictional town of Tallbridge.
const only = (text: string): QuantityAnnotation => {
  const found = quantitiesOf(text);
  expect(found).toHaveLength(1);
  const [q] = found;
  if (!q) throw new Error('none');
  return q;
};
const pick = (q: QuantityAnnotation) => ({ value: q.value, hedge: q.hedge, unit: q.unit, what: q.what });

describe('number forms', () => {
  it('reads words, dozens and vague magnitudes', () => {
    expect(pick(only('Three ferries sank off Tallbridge.'))).toEqual({
      value: 3,
      hedge: 'exact',
      unit: null,
      what: 'ferries',
    });
    expect(only('Twenty-five volunteers came.').value).toBe(25);
    expect(only('One hundred and fifty lanterns were lit.').value).toBe(150);
    expect(only('About a dozen boats capsized.')).toMatchObject({ value: 12, hedge: 'about', what: 'boats' });
    expect(only('Tens of thousands of residents fled.')).toMatchObject({
      value: 10000,
      hedge: 'at least',
      what: 'residents',
    });
    expect(only('Two million visitors came.').value).toBe(2e6);
  });

  it('reads money with its currency and magnitude', () => {
    expect(pick(only('The council approved a $4.5 million repair fund.'))).toEqual({
      value: 4.5e6,
      hedge: 'exact',
      unit: 'USD',
      what: 'repair fund',
    });
    expect(only('Insurers put the damage at €2bn.')).toMatchObject({ value: 2e9, unit: 'EUR', what: 'damage' });
    expect(only('Losses could reach 1.5 billion euros.')).toMatchObject({ value: 1.5e9, unit: 'EUR', what: 'Losses' });
    expect(only('The town spent £300,000 on sandbags.')).toMatchObject({
      value: 300000,
      unit: 'GBP',
      what: 'sandbags',
    });
    expect(only('They tapped a $5-million pool of grants.').value).toBe(5e6);
  });

  it('reads percentages, ranges, rates and durations', () => {
    expect(only('Turnout reached 45% in Tallbridge.')).toMatchObject({
      value: 45,
      unit: '%',
      what: 'Turnout in Tallbridge',
    });
    expect(only('About 12 per cent of homes flooded.')).toMatchObject({
      value: 12,
      unit: '%',
      what: 'homes',
      hedge: 'about',
    });
    expect(only('Between 300 and 400 volunteers joined.')).toMatchObject({ value: 300, low: 300, high: 400 });
    expect(only('Police said 3,000 to 5,000 people watched.')).toMatchObject({
      low: 3000,
      high: 5000,
      what: 'people',
      attributedTo: 'Police',
    });
    expect(only('Crews pumped 1,200 gallons per minute.')).toMatchObject({ unit: 'gallons', rate: 'per minute' });
    expect(only('The plant burns 40 tonnes of coal a day.')).toMatchObject({ rate: 'per day', what: 'tonnes of coal' });
    expect(only('The council met for 86 minutes.')).toMatchObject({ value: 86, unit: 'minutes' });
    expect(only('Mayor Quill began a 90-day repair plan.')).toMatchObject({
      value: 90,
      unit: 'days',
      what: 'repair plan',
    });
  });

  it('reads every hedge', () => {
    const hedges: [string, string][] = [
      ['Some 800 soldiers arrived.', 'about'],
      ['Nearly 2,000 homes lost power.', 'about'],
      ['Roughly 70 boats sank.', 'about'],
      ['At least 40 homes were destroyed.', 'at least'],
      ['At most 12 bridges were damaged.', 'at most'],
      ['Up to 90 barges drifted.', 'up to'],
      ['As many as 4,500 residents left.', 'as many as'],
      ['More than 13,000 sandbags were filled.', 'more than'],
      ['Over 600 cars were towed.', 'more than'],
      ['Fewer than 20 roads remain shut.', 'fewer than'],
      ['The fund has 10,000 or more donors.', 'at least'],
      ['Officials counted 7,000 cows.', 'exact'],
    ];
    for (const [text, hedge] of hedges) expect(only(text).hedge, text).toBe(hedge);
  });

  it('names the source from the clause', () => {
    expect(only('According to the Tallbridge Red Cross, 900 families need shelter.').attributedTo).toBe(
      'the Tallbridge Red Cross',
    );
    expect(only('Officials in Tallbridge said 12 bridges were closed.').attributedTo).toBe('Officials in Tallbridge');
    expect(only('Some 70 boats sank, said harbour master Ada Quill.').attributedTo).toBe('harbour master Ada Quill');
    expect(only('The river board has put the figure at 3,000.').attributedTo).toBe('The river board');
    expect(only('The damage is believed to exceed $9 million.').attributedTo).toBeNull();
  });

  it('takes the counted noun of an elliptical figure from context', () => {
    const found = quantitiesOf(
      'Some 800 soldiers were deployed to the valley. Later 300 of them moved to the dam. The number has since risen to 950.',
    );
    expect(found.map((q) => [q.value, q.what])).toEqual([
      [800, 'soldiers deployed to the valley'],
      [300, 'soldiers moved to the dam'],
      [950, 'soldiers moved to the dam'],
    ]);
  });

  it('reads ages', () => {
    expect(only('Ada Quill, 54, of Tallbridge, spoke first.')).toMatchObject({
      value: 54,
      unit: 'years',
      what: 'age of Ada Quill',
    });
    expect(only('A 66-year-old ferryman was rescued.')).toMatchObject({ value: 66, what: 'age of ferryman' });
  });
});

describe('not quantities', () => {
  it('leaves out dates, years, times, ordinals, names, codes and the pronoun "one"', () => {
    const text = [
      'The council met on Tuesday, May 3, 2022, at 10:30 a.m. and again in 2019.',
      'She finished 10th in the race and flies a B-17 replica near the Formula 1 paddock.',
      'One of the reasons was cost, and one analysis found nothing.',
      'Call 0845 125 2222 or visit 10 Downing Street, then watch the 76ers.',
      'The flood came two weeks ago, and in the past three years it rained often.',
      'They danced to songs of the nineteen sixties at 1100 hours.',
    ].join(' ');
    expect(quantitiesOf(text).map((q) => q.text)).toEqual([]);
  });

  it('keeps "one" with a unit or beside another figure', () => {
    expect(quantitiesOf('It took one hour.').map((q) => q.value)).toEqual([1]);
    expect(quantitiesOf('One or two ferries were late.').map((q) => q.value)).toEqual([1, 2]);
  });
});

describe('lists of figures', () => {
  it('gives every alternative the noun after the last one', () => {
    const found = quantitiesOf('Whether 3,000, 10,000 or even 100,000 ducks will come is unclear.');
    expect(found.map((q) => [q.value, q.what])).toEqual([
      [3000, 'ducks'],
      [10000, 'ducks'],
      [100000, 'ducks'],
    ]);
  });

  it('does not read a comma list as alternatives', () => {
    const found = quantitiesOf('Support fell to 20.6 percent, 5.6 percent below the rival party.');
    expect(found.map((q) => q.what)).toEqual(['Support', 'Support']);
  });
});
