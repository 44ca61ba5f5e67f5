import type { Draft, GenContext } from '../cases.js';

/** Nesting deep enough to overflow a recursive reader, with a good article beside or inside it. */
export const deepNesting = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const depth = rng.pick([500, 2000, 10_000, 50_000, 200_000]);
  const paragraph = `<p>${a.text}</p>`;
  switch (rng.int(0, 6)) {
    case 0:
      return {
        kind: 'json-array-depth',
        entries: [{ name: 'deep.json', data: `${'['.repeat(depth)}${']'.repeat(depth)}` }],
      };
    case 1: {
      const data = `{"title": ${JSON.stringify(a.title)}, "text": ${JSON.stringify(a.text)}, "meta": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
      return { kind: 'json-object-depth-beside-text', entries: [{ name: 'deep.json', data, good: a.marker }] };
    }
    case 2: {
      const data = `${'['.repeat(depth)}${']'.repeat(depth)}\n${JSON.stringify({ title: a.title, text: a.text })}\n`;
      return { kind: 'jsonl-deep-line', entries: [{ name: 'deep.jsonl', data, good: a.marker }] };
    }
    case 3: {
      const data = `<html><body>${'<div>'.repeat(depth)}${paragraph}${'</div>'.repeat(depth)}</body></html>`;
      return { kind: 'html-div-depth', entries: [{ name: 'deep.html', data, good: a.marker }] };
    }
    case 4: {
      const data = `<html><head><title>${a.title}</title></head><body>${paragraph}${'<span><b><i>'.repeat(depth / 3)}</body></html>`;
      return { kind: 'html-unclosed-depth', entries: [{ name: 'unclosed.html', data, good: a.marker }] };
    }
    case 5: {
      const deep = `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`;
      const data = `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>${a.title}</title><description>${a.text}</description></item><item>${deep}</item></channel></rss>`;
      return { kind: 'feed-deep-item', entries: [{ name: 'deep.rss', data, good: a.marker }] };
    }
    default: {
      const data = `<html><body><table>${'<tr><td><table>'.repeat(Math.min(depth, 20_000))}${paragraph}</table></body></html>`;
      return { kind: 'html-table-depth', entries: [{ name: 'tables.html', data, good: a.marker }] };
    }
  }
};
