import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/doc/index.js';
import { mentionsOf } from './helpers.js';

// Every text below is invented: fictional people, places and bodies.

const find = (ms: readonly EntityMention[], name: string): EntityMention => {
  const m = ms.find((x) => x.name === name);
  if (!m) throw new Error(`no mention "${name}" in ${ms.map((x) => x.name).join(', ')}`);
  return m;
};

const names = (ms: readonly EntityMention[]): string[] => ms.map((m) => m.name);

describe('role titles', () => {
  const text = [
    'Foreign Minister Elara Vantberg met Defense Secretary Tomas Oreille in Valdoria on Monday.',
    'Valdorian President Marek Sunhaven said the talks went well.',
    "The country's leader Ilsa Drummond declined to comment.",
    'Former Prime Minister Joren Quill, a retired naval officer, arrived later.',
    'Mr. Quill said nothing, while US Secretary of State Dana Whitlock left early.',
    'Secretary of State Dana Whitlock had flown in from Brussels.',
  ].join(' ');
  const ms = mentionsOf(text);

  it('keeps the name without its title and the title as role', () => {
    expect(find(ms, 'Elara Vantberg')).toMatchObject({ type: 'person', role: 'Foreign Minister' });
    expect(find(ms, 'Tomas Oreille')).toMatchObject({ type: 'person', role: 'Defense Secretary' });
    expect(find(ms, 'Marek Sunhaven')).toMatchObject({ type: 'person', role: 'Valdorian President' });
    expect(find(ms, 'Ilsa Drummond')).toMatchObject({ type: 'person', role: 'leader' });
    expect(find(ms, 'Joren Quill')).toMatchObject({ type: 'person', role: 'Former Prime Minister' });
    expect(ms.find((m) => m.name === 'Dana Whitlock' && m.role === 'US Secretary of State')).toBeDefined();
    expect(ms.find((m) => m.name === 'Dana Whitlock' && m.role === 'Secretary of State')).toBeDefined();
  });

  it('drops forms of address and keeps the country named inside a title', () => {
    expect(find(ms, 'Quill')).toMatchObject({ type: 'person', role: null });
    expect(find(ms, 'US')).toMatchObject({ type: 'place' });
    expect(find(ms, 'Valdoria')).toMatchObject({ type: 'place' });
  });

  it('never leaves a title on its own as a name', () => {
    for (const title of ['Foreign Minister', 'Defense Secretary', 'Secretary of State', 'Mr.', 'Former']) {
      expect(names(ms)).not.toContain(title);
    }
  });
});

describe('name shapes', () => {
  it('keeps hyphenated and particle names whole and strips possessives', () => {
    const ms = mentionsOf(
      'Interior Minister Park Ji-hoon met Ursula van der Berg in Portavia. ' +
        'Park Ji-hoon’s aides said the Kyiv-based monitors of Stellar Watch group had left. ' +
        "Van der Berg's office and Bashar al-Nouri's envoy declined to comment.",
    );
    expect(find(ms, 'Park Ji-hoon')).toMatchObject({ type: 'person', role: 'Interior Minister' });
    expect(ms.filter((m) => m.name === 'Park Ji-hoon')).toHaveLength(2);
    expect(find(ms, 'Ursula van der Berg').type).toBe('person');
    expect(find(ms, 'Bashar al-Nouri').type).toBe('person');
    expect(find(ms, 'Kyiv').type).toBe('place');
    expect(find(ms, 'Stellar Watch').type).toBe('organization');
    expect(names(ms).some((n) => /['’]s$/.test(n))).toBe(false);
  });

  it('reads apposition and speech cues', () => {
    const ms = mentionsOf(
      '“We will rebuild,” said Corvin Ashgrove, a retired bridge engineer. ' +
        'Brenlow said the plan had failed. Tessaly, a shipping firm, disagreed.',
    );
    expect(find(ms, 'Corvin Ashgrove')).toMatchObject({ type: 'person', role: 'retired bridge engineer' });
    expect(find(ms, 'Brenlow').type).toBe('person');
    expect(find(ms, 'Tessaly').type).toBe('organization');
  });

  it('ignores capitalised sentence openers that are common words', () => {
    const ms = mentionsOf(
      'Officials said the bridge in Portavia had failed. Hopeful voters lined up in Portavia. ' +
        'Analysts expect more delays. Authorities closed the road.',
    );
    expect(names(ms)).toEqual(['Portavia', 'Portavia']);
  });
});

describe('transcripts and datelines', () => {
  it('reads ALL-CAPS speaker labels as people and datelines as places', () => {
    const text = [
      'ARDEN CALLOWAY, HOST:',
      '',
      'Lawmakers in Portavia voted today.',
      '',
      'TOBIAS VEX, BYLINE: The measure passed narrowly.',
      '',
      'VEX: It was close.',
      '',
      'MARTA QUILLON: We won, and we will keep going.',
    ].join('\n');
    const ms = mentionsOf(text);
    expect(find(ms, 'ARDEN CALLOWAY')).toMatchObject({ type: 'person', role: 'host' });
    expect(find(ms, 'TOBIAS VEX')).toMatchObject({ type: 'person', role: 'reporter' });
    expect(find(ms, 'VEX')).toMatchObject({ type: 'person', role: null });
    expect(find(ms, 'MARTA QUILLON').type).toBe('person');
    const dated = mentionsOf('PORTAVIA, Valdoria -- The council met on Monday.\nLONDON (Reuters) - Talks resumed.');
    expect(find(dated, 'PORTAVIA')).toMatchObject({ type: 'place', metonym: false });
    expect(find(dated, 'LONDON').type).toBe('place');
  });
});

describe('metonyms', () => {
  it('marks capitals that act as governments, and buildings always', () => {
    const ms = mentionsOf(
      'Moscow said on Friday it would respond. Tourists crowded the streets of Moscow. ' +
        'Washington and its allies disagreed. The Kremlin denied the report. ' +
        'Officials in Seoul were cautious, while Seoul’s envoy objected.',
    );
    const flags = ms.map((m) => [m.name, m.type, m.metonym]);
    expect(flags).toEqual([
      ['Moscow', 'place', true],
      ['Moscow', 'place', false],
      ['Washington', 'place', true],
      ['Kremlin', 'organization', true],
      ['Seoul', 'place', false],
      ['Seoul', 'place', true],
    ]);
  });

  it('lets a city that names a person of the article be that person', () => {
    const ms = mentionsOf('Defense Secretary Lloyd Austin spoke first. Austin said the plan was sound.');
    expect(ms.filter((m) => m.name === 'Austin').map((m) => m.type)).toEqual(['person']);
  });
});
