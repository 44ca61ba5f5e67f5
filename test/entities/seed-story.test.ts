import { beforeAll, describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/align/entities/index.js';
import { type AnnotatedArticle, articleId, type EntityIndex, sentenceAt } from '../../src/doc/index.js';
import { entityMentions, seedDocs } from './helpers.js';

let docs: AnnotatedArticle[];
let index: EntityIndex;

const entity = (name: string) => {
  const e = index.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
};

const mentionsNamed = (id: string, name: string) => {
  const doc = docs.find((d) => d.article.id === id);
  return doc ? entityMentions(doc).filter((m) => m.name === name) : [];
};

beforeAll(() => {
  docs = seedDocs();
  index = mergeEntities(docs);
});

describe('entities of the reference story', () => {
  it('merges Antony Blinken across all four articles and flags the "Anthony" spelling', () => {
    const blinken = entity('Antony Blinken');
    expect(blinken.type).toBe('person');
    expect(blinken.articleIds).toEqual(['000', '002', '003', '004']);
    expect(blinken.aliases).toContain('Anthony Blinken');
    expect(blinken.variants).toEqual(['Anthony Blinken']);
    // 000: "Secretary of State Antony Blinken", "ANTONY BLINKEN:", "BLINKEN:"; 002: six; 003: two; 004: five.
    expect(blinken.mentions).toBe(16);
    expect(blinken.roles).toEqual(expect.arrayContaining(['Secretary of State', 'US State Secretary']));
  });

  it('finds Lloyd Austin in all four articles', () => {
    const austin = entity('Lloyd Austin');
    expect(austin.articleIds).toEqual(['000', '002', '003', '004']);
    expect(austin.mentions).toBe(14);
    expect(austin.roles).toContain('Defense Secretary');
  });

  it('finds Zelenskyy only where he is named, and Putin wherever he is', () => {
    expect(entity('Volodymyr Zelenskyy').articleIds).toEqual(['003', '004']);
    expect(entity('Volodymyr Zelenskyy').mentions).toBe(4);
    // 000 names him twice without a first name, 003 once ("he said Putin is testing").
    expect(entity('Vladimir Putin').articleIds).toEqual(['000', '002', '003', '004']);
    expect(entity('Vladimir Putin').mentions).toBe(7);
    expect(entity('Kim Jong Un').articleIds).toEqual(['004']);
    expect(entity('Kim Jong Un').roles).toEqual(['North Korean dictator']);
  });

  it('types Kursk as a place in every article', () => {
    const kursk = entity('Kursk');
    expect(kursk.type).toBe('place');
    expect(kursk.articleIds).toEqual(['000', '002', '003', '004']);
    expect(kursk.mentions).toBe(6);
  });

  it('never makes a person of a seat of government', () => {
    for (const name of ['Kremlin', 'Washington', 'Moscow', 'Seoul', 'Pyongyang', 'Kyiv']) {
      expect(entity(name).type).not.toBe('person');
    }
    expect(entity('Kremlin').type).toBe('organization');
    expect(mentionsNamed('000', 'Kremlin').map((m) => m.metonym)).toEqual([true]);
    const washington = mentionsNamed('000', 'Washington');
    expect(washington.map((m) => m.metonym)).toEqual([true, false]);
    expect(mentionsNamed('002', 'WASHINGTON').map((m) => [m.type, m.metonym])).toEqual([['place', false]]);
    expect(mentionsNamed('003', 'KYIV').map((m) => m.type)).toEqual(['place']);
  });

  it('reads transcript labels as people', () => {
    const labels = mentionsNamed('000', 'KELEMEN');
    expect(labels).toHaveLength(3);
    expect(labels.every((m) => m.type === 'person')).toBe(true);
    expect(mentionsNamed('000', 'MICHELE KELEMEN')[0]?.role).toBe('reporter');
    expect(mentionsNamed('000', 'MARY LOUISE KELLY')[0]?.role).toBe('host');
    expect(entity('Michele Kelemen').mentions).toBe(6);
  });

  it('strips titles into roles and keeps hyphenated names whole', () => {
    expect(mentionsNamed('003', 'Cho Tae-yul')[0]?.role).toBe('South Korean Foreign Minister');
    expect(mentionsNamed('004', 'Yoon Suk-yeol')[0]?.role).toBe('South Korean President');
    expect(mentionsNamed('003', 'Volodymyr Zelenskyy')[0]?.role).toBe('Ukrainian President');
    expect(mentionsNamed('003', 'Justin Crump')[0]?.role).toBe('former British tank commander');
    expect(mentionsNamed('003', 'Sergiy Kyslytsya')[0]?.role).toBe('UN Ambassador');
  });

  it('points every mention exactly at its name, in the right sentence, without possessives', () => {
    for (const doc of docs) {
      for (const m of entityMentions(doc)) {
        expect(doc.article.text.slice(m.start, m.end)).toBe(m.name);
        expect(sentenceAt(doc.sentences, m.start)).toBe(m.sentence);
        expect(m.name).not.toMatch(/['’]s$/);
      }
    }
    expect(mentionsNamed('000', 'Putin')).toHaveLength(2);
  });

  it('does not take capitalised sentence openers or demonyms for names', () => {
    const names = new Set(docs.flatMap((d) => entityMentions(d).map((m) => m.name)));
    for (const word of ['The', 'World', 'Reports', 'Thousands', 'Videos', 'North Korean', 'Russian', 'Western']) {
      expect(names.has(word)).toBe(false);
    }
  });

  it('resolves surnames, labels, aliases, possessives and roles to entities', () => {
    const id = (a: string, name: string) => index.resolve(articleId(a), name)?.name;
    expect(id('002', 'Blinken')).toBe('Antony Blinken');
    expect(id('000', 'BLINKEN')).toBe('Antony Blinken');
    expect(id('000', 'ANTONY BLINKEN')).toBe('Antony Blinken');
    expect(id('003', 'Anthony Blinken')).toBe('Antony Blinken');
    expect(id('000', 'Putin’s')).toBe('Vladimir Putin');
    expect(id('000', 'KELEMEN')).toBe('Michele Kelemen');
    expect(id('004', 'Kim')).toBe('Kim Jong Un');
    expect(id('000', 'the Secretary of State')).toBe('Antony Blinken');
    expect(id('000', 'the defense secretary')).toBe('Lloyd Austin');
    expect(id('003', 'the UK defense secretary')).toBe('John Healey');
    expect(id('002', 'U.S.')).toBe('United States');
    expect(id('004', 'the Kremlin')).toBe('Kremlin');
  });

  it('orders entities by articles, then mentions, then name, with stable ids', () => {
    const keys = index.entities.map((e) => [-e.articleIds.length, -e.mentions, e.name] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(entity('Antony Blinken').id).toBe('person:antony-blinken');
    expect(new Set(index.entities.map((e) => e.id)).size).toBe(index.entities.length);
    expect(mergeEntities([...docs].reverse()).entities).toEqual(index.entities);
  });
});
