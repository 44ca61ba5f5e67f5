import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/doc/index.js';
import { mentionsOf } from './helpers.js';

// Every text below is invented: fictional people, teams, firms and towns.

const typeOf = (ms: readonly EntityMention[], name: string): string | undefined =>
  ms.find((m) => m.name === name)?.type;

describe('bodies without a suffix', () => {
  it('reads teams by "the" and a plural, or by a city before them', () => {
    const ms = mentionsOf('The Harbor Gulls beat the Ridgeport Foxes on Sunday. The Gulls had lost three games.');
    expect(typeOf(ms, 'Harbor Gulls')).toBe('organization');
    expect(typeOf(ms, 'Ridgeport Foxes')).toBe('organization');
    expect(typeOf(ms, 'Gulls')).toBe('organization');
  });

  it('tells a company from a person by the pronoun after "said"', () => {
    const ms = mentionsOf('Corvantis said its quarterly sales rose. Brenlow said he would stay.');
    expect(typeOf(ms, 'Corvantis')).toBe('organization');
    expect(typeOf(ms, 'Brenlow')).toBe('person');
  });

  it('reads a body from its role words, its kind and its shares', () => {
    const ms = mentionsOf(
      'On Monday, Veltrin spokesman Ari Tull declined to comment. The insurer Meridex fell as Quorvel shares slid.',
    );
    expect(typeOf(ms, 'Veltrin')).toBe('organization');
    expect(typeOf(ms, 'Meridex')).toBe('organization');
    expect(typeOf(ms, 'Quorvel')).toBe('organization');
  });
});

describe('people and places by context', () => {
  it('reads ages, honorifics, "of" a known body, opening roles and family-name forms', () => {
    const ms = mentionsOf(
      'Tessavane, 52, will lead the firm. Mr. Oakridge said little. Ulrich Brandholm of Reuters reported it. ' +
        'Owner Dashiel Marrow met Quillon Vasquez and Prenna Goldberg.',
    );
    for (const name of ['Tessavane', 'Oakridge', 'Ulrich Brandholm', 'Dashiel Marrow', 'Quillon Vasquez']) {
      expect(typeOf(ms, name)).toBe('person');
    }
    expect(ms.find((m) => m.name === 'Dashiel Marrow')?.role).toBe('Owner');
    expect(typeOf(ms, 'Prenna Goldberg')).toBe('person');
  });

  it('reads "X-based", "a ... Burnsville woman" and names listed with a typed one', () => {
    const ms = mentionsOf(
      'The Kelso-based firm hired crews from Brenwick and Ashcombe. A 66-year-old Tarnfield woman was hurt. ' +
        'She lived in Tarnfield with Bella and Edward.',
    );
    expect(typeOf(ms, 'Kelso')).toBe('place');
    expect(typeOf(ms, 'Brenwick')).toBe('place');
    expect(typeOf(ms, 'Ashcombe')).toBe('place');
    expect(ms.filter((m) => m.name === 'Tarnfield').map((m) => m.type)).toEqual(['place', 'place']);
    expect(typeOf(ms, 'Bella')).toBe('person');
  });

  it('marks a country that speaks as its government, not one that is a place', () => {
    const ms = mentionsOf('Norway said it would send aid, while officials in Norway prepared shelters.');
    expect(ms.map((m) => [m.name, m.type, m.metonym])).toEqual([
      ['Norway', 'place', true],
      ['Norway', 'place', false],
    ]);
  });
});

describe('digits, designations, headlines and addresses', () => {
  it('keeps model numbers and leading numbers inside names', () => {
    const ms = mentionsOf(
      'Veltrin Aerospace unveiled the Veltrin V300 and the 440 Skyhopper at a 21st Meridian Film Studios gala.',
    );
    expect(typeOf(ms, 'Veltrin Aerospace')).toBe('organization');
    expect(typeOf(ms, 'Veltrin V300')).toBe('other');
    expect(typeOf(ms, '440 Skyhopper')).toBe('other');
    expect(typeOf(ms, '21st Meridian Film Studios')).toBe('organization');
  });

  it('takes no name from a numbered designation or a web address line', () => {
    const ms = mentionsOf(
      'http://www. fakenews. com/n/US/Gulls-Beat-Foxes-In-Harbor\n' +
        'Juror No. 7 said nothing. The Chapter 11 filing went on.',
    );
    expect(ms).toEqual([]);
  });

  it('finds a given name and family name in a title-case headline', () => {
    const ms = mentionsOf('Maria Quillon Joins Harbor Gulls As Coach\nQuillon signed a deal on Monday.');
    expect(typeOf(ms, 'Maria Quillon')).toBe('person');
    expect(typeOf(ms, 'Quillon')).toBe('person');
  });
});
