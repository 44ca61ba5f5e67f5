import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/align/entities/index.js';
import { type AnnotatedArticle, sentenceAt } from '../../src/doc/index.js';
import { annotate, ecbArticles, entityMentions } from './helpers.js';

const GOLD = path.resolve(process.cwd(), '../shared/data/ecbplus/gold.jsonl');

let docs: AnnotatedArticle[];

const doc = (id: string): AnnotatedArticle => {
  const d = docs.find((x) => x.article.id === id);
  if (!d) throw new Error(`no article ${id}`);
  return d;
};

beforeAll(() => {
  docs = ecbArticles().map((a) => annotate(a.id, a.text));
});

describe('entity mentions on ECB+ news', () => {
  it('points every mention exactly at its name and its sentence', () => {
    let count = 0;
    for (const d of docs) {
      for (const m of entityMentions(d)) {
        count++;
        expect(d.article.text.slice(m.start, m.end)).toBe(m.name);
        expect(sentenceAt(d.sentences, m.start)).toBe(m.sentence);
        expect(m.name).not.toMatch(/['’]s$|^\s|\s$/);
      }
    }
    expect(count).toBeGreaterThan(5000);
  });

  it('types the people, bodies and places of a celebrity news item', () => {
    const ms = entityMentions(doc('ecb-1_10ecb'));
    const typeOf = (name: string) => ms.find((m) => m.name === name)?.type;
    expect(typeOf('Tara Reid')).toBe('person');
    expect(typeOf('Promises Treatment Center')).toBe('organization');
    expect(ms.find((m) => m.name === 'Jack Ketsoyan')?.role).toBe('rep');
    expect(typeOf('Ketsoyan')).toBe('person');
    // "Perennial party girl Tara Reid ...": a capitalised adjective opening the text is no name.
    expect(ms.some((m) => m.name === 'Perennial')).toBe(false);
  });

  it('merges Tara Reid across every article of her story that names her', () => {
    const gold = readFileSync(GOLD, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; event: string });
    const ids = new Set(gold.filter((g) => g.event === '1-ecb').map((g) => g.id));
    const storyDocs = docs.filter((d) => ids.has(d.article.id));
    const naming = storyDocs.filter((d) => /\bReid\b/.test(d.article.text)).map((d) => d.article.id);
    const reid = mergeEntities(storyDocs).entities.find((e) => e.name === 'Tara Reid');
    expect(reid?.type).toBe('person');
    expect(reid?.articleIds).toEqual([...naming].sort());
  });
});
