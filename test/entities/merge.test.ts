import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/align/entities/index.js';
import { articleId } from '../../src/doc/index.js';
import { annotate } from './helpers.js';

// Invented articles about an invented country.

const story = [
  annotate('a', 'Foreign Minister Katerina Volkonskyy met reporters in Portavia. Volkonskyy said talks would go on.'),
  annotate('b', 'Katerina Volkonsky, the foreign minister, arrived on Tuesday. Volkonsky said little to reporters.'),
  annotate('c', 'VOLKONSKYY: We are ready to talk.\n\nPortavia said it would reply within a week.'),
];

describe('mergeEntities', () => {
  const index = mergeEntities(story);
  const person = index.entities.find((e) => e.type === 'person');

  it('merges spellings one letter apart under the majority spelling and flags the other', () => {
    expect(person).toMatchObject({
      id: 'person:katerina-volkonskyy',
      name: 'Katerina Volkonskyy',
      articleIds: ['a', 'b', 'c'],
      mentions: 5,
    });
    expect(person?.aliases).toEqual(expect.arrayContaining(['Katerina Volkonsky', 'Volkonsky', 'Volkonskyy']));
    expect(person?.variants).toEqual(expect.arrayContaining(['Katerina Volkonsky', 'Volkonsky']));
    // "Foreign Minister" and "the foreign minister" are one role.
    expect(person?.roles).toEqual(['Foreign Minister']);
  });

  it('keeps a capital standing for its government apart from people', () => {
    const portavia = index.entities.find((e) => e.name === 'Portavia');
    expect(portavia).toMatchObject({ type: 'place', articleIds: ['a', 'c'] });
    expect(index.resolve(articleId('c'), 'Portavia')?.type).toBe('place');
  });

  it('resolves labels, variants and a role held by one person', () => {
    expect(index.resolve(articleId('c'), 'VOLKONSKYY')).toBe(person);
    expect(index.resolve(articleId('b'), 'Volkonsky')).toBe(person);
    expect(index.resolve(articleId('a'), 'the foreign minister')).toBe(person);
    expect(index.resolve(articleId('a'), 'Volkonskyi')).toBe(person);
    expect(index.resolve(articleId('a'), 'Nobody Atall')).toBeUndefined();
  });

  it('resolves a role or a shared family name only when it points to one person', () => {
    const two = mergeEntities([
      annotate('x', 'Spokesman Aldo Whitlock said the port was closed. Spokesman Piers Fenwick disagreed.'),
      annotate('y', 'Dana Whitlock said the port would reopen. Whitlock said more ships were due.'),
      annotate('z', 'Aldo Whitlock said prices rose.'),
    ]);
    expect(two.resolve(articleId('x'), 'the spokesman')).toBeUndefined();
    expect(two.resolve(articleId('y'), 'Whitlock')?.name).toBe('Dana Whitlock');
    expect(two.resolve(articleId('z'), 'Whitlock')?.name).toBe('Aldo Whitlock');
    expect(two.resolve(articleId('x'), 'Fenwick')?.name).toBe('Piers Fenwick');
  });

  it('keeps short names one letter apart as different people', () => {
    const kims = mergeEntities([annotate('k', 'Kim Jong Ol met Kim Jong Al in the capital. Kim Jong Ol smiled.')]);
    expect(kims.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Kim Jong Ol', 'Kim Jong Al']);
  });

  it('title-cases a person only ever written in capitals, "Mc" names included', () => {
    const caps = mergeEntities([
      annotate('m', 'HAMISH MCDONALD, HOST:\n\nThe vote is tonight.\n\nMCDONALD: Stay with us.'),
    ]);
    expect(caps.entities.find((e) => e.type === 'person')?.name).toBe('Hamish McDonald');
  });

  it('is deterministic whatever the order of the articles', () => {
    expect(mergeEntities([...story].reverse()).entities).toEqual(index.entities);
  });
});
