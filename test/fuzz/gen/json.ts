import type { Draft, GenContext } from '../cases.js';

const article = (ctx: GenContext) => {
  const a = ctx.invent();
  return { a, object: { title: a.title, text: a.text } };
};

/** Broken JSON and JSONL: truncated, wrong field types, huge numbers, `[]`, blank and non-object lines. */
export const brokenJson = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const { a, object } = article(ctx);
  const json = JSON.stringify(object);
  switch (rng.int(0, 11)) {
    case 0:
      return { kind: 'truncated', entries: [{ name: 'cut.json', data: json.slice(0, rng.int(0, json.length - 1)) }] };
    case 1: {
      const field = rng.pick(['text', 'title', 'published', 'url', 'outlet', 'id']);
      const value = rng.pick<unknown>([42, null, true, { nested: a.text }, [a.text], -0.5]);
      return {
        kind: `wrong-type-${field}`,
        entries: [{ name: 'types.json', data: JSON.stringify({ ...object, [field]: value }) }],
      };
    }
    case 2: {
      // A finite id (under 1e308) and non-finite numbers only in ignored fields: the article itself is valid.
      const digits = Array.from({ length: rng.int(25, 300) }, () => rng.int(0, 9)).join('');
      const data = `{"id": 9${digits}, "count": -1e999, "share": 1e-400, "title": ${JSON.stringify(a.title)}, "text": ${JSON.stringify(a.text)}}`;
      return { kind: 'huge-numbers', entries: [{ name: 'numbers.json', data, good: a.marker }] };
    }
    case 3:
      return {
        kind: 'empty-array',
        entries: [{ name: 'empty.json', data: rng.pick(['[]', '[ ]', '{}', '""', 'null', '0']) }],
      };
    case 4: {
      const b = article(ctx);
      const blanks = () => rng.pick(['', ' ', '\t', '\r', '   \r']);
      const data = [blanks(), json, blanks(), blanks(), JSON.stringify(b.object), blanks()].join('\n');
      return { kind: 'jsonl-blank-lines', entries: [{ name: 'blank.jsonl', data, good: a.marker }] };
    }
    case 5: {
      const junk = ['42', '"a string"', 'null', '[]', 'true', '[{"text": 1}]', '{"text":', '}{'];
      const lines = [...Array.from({ length: rng.int(1, 6) }, () => rng.pick(junk)), json];
      return {
        kind: 'jsonl-non-object-lines',
        entries: [{ name: 'mixed.jsonl', data: lines.join('\n'), good: a.marker }],
      };
    }
    case 6: {
      const items = [5, null, { text: 7 }, 'text', object, [], { title: 'No text here' }];
      return {
        kind: 'array-mixed-items',
        entries: [{ name: 'items.json', data: JSON.stringify(items), good: a.marker }],
      };
    }
    case 7: {
      const data = `{"text": "first", "text": ${JSON.stringify(a.text)}, "title": ${JSON.stringify(a.title)}}`;
      return { kind: 'duplicate-keys', entries: [{ name: 'dupes.json', data, good: a.marker }] };
    }
    case 8:
      return {
        kind: 'trailing-garbage',
        entries: [{ name: 'tail.json', data: `${json}${rng.pick([',', ']', '}{', ' x', '\0'])}` }],
      };
    case 9: {
      const tiny = Array.from({ length: rng.int(100, 3000) }, (_, i) => ({ text: `Item ${i}.` }));
      return { kind: 'many-short-items', entries: [{ name: 'tiny.json', data: JSON.stringify(tiny) }] };
    }
    case 10:
      return { kind: 'bom-json', entries: [{ name: 'bom.json', data: `\ufeff${json}`, good: a.marker }] };
    default:
      return {
        kind: 'jsonl-in-json-file',
        entries: [{ name: 'lines.json', data: `${json}\n${JSON.stringify(article(ctx).object)}\n` }],
      };
  }
};
