import type { Draft, GenContext } from '../cases.js';

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** Scripts, styles, iframes, huge attributes, unclosed tags, fragments, a 1 MB title, a noscript-only body. */
export const hostileHtml = (ctx: GenContext): Draft => {
  const { rng } = ctx;
  const a = ctx.invent();
  const p = `<p>${a.text}</p>`;
  const title = `<title>${a.title}</title>`;
  const good = (kind: string, data: string): Draft => ({
    kind,
    entries: [{ name: `${kind}.html`, data, good: a.marker }],
  });
  switch (rng.int(0, 9)) {
    case 0: {
      const script = `<script>var s = "</p><p>not prose</p>"; ${'for(;;){}'.repeat(rng.int(1, 5000))}</script>`;
      const style = `<style>${'p{color:red}'.repeat(rng.int(1, 5000))}</style>`;
      const frame = `<iframe srcdoc="<p>framed text that is not the article at all</p>" src="javascript:alert(1)"></iframe>`;
      return good('script-style-iframe', page(`${title}${style}${script}`, `${script}${frame}${p}${style}${frame}`));
    }
    case 1: {
      // Both attributes together stay under the 10 MiB input cap, so the page is still one to read.
      const huge = rng.pick(['A', '"', '&quot;', ' ', '<']).repeat(rng.int(100_000, 600_000));
      return good(
        'huge-attribute',
        page(title, `<div class="${huge.replaceAll('"', "'")}" data-x='${huge.replaceAll("'", '"')}'>${p}</div>`),
      );
    }
    case 2:
      return good(
        'unclosed-tags',
        `<html><head>${title}<body>${p}<div><b><i><a href="${'x'.repeat(rng.int(1, 10_000))}`,
      );
    case 3:
      return good('fragment-no-html', rng.chance(0.5) ? p : `${a.title}\n${p}<p>More on ${a.marker} tomorrow.`);
    case 4:
      return good('megabyte-title', page(`<title>${'Headline '.repeat(rng.int(50_000, 120_000))}</title>`, p));
    case 5:
      return {
        kind: 'noscript-only-body',
        entries: [{ name: 'noscript.html', data: page(title, `<noscript>${p}</noscript>`) }],
      };
    case 6:
      return {
        kind: 'no-prose',
        entries: [
          {
            name: 'empty.html',
            data: page(
              title,
              rng.pick(['', '<nav><a href="/">Home</a></nav>', '<script>x()</script>', '<img src=x onerror=alert(1)>']),
            ),
          },
        ],
      };
    case 7:
      return {
        kind: 'unclosed-comment',
        entries: [{ name: 'comment.html', data: page(title, `<!-- ${'-- '.repeat(rng.int(1, 5000))}${p}`) }],
      };
    case 8: {
      const svg = `<svg>${'<g>'.repeat(rng.int(10, 3000))}<foreignObject>${p}</foreignObject></svg>`;
      return {
        kind: 'svg-foreign-content',
        entries: [{ name: 'svg.html', data: page(title, `${p.replace('<p>', '<p>Also: ')}${svg}`), good: a.marker }],
      };
    }
    default:
      return good('many-elements', page(title, `${p}${'<span>x</span>'.repeat(rng.int(10_000, 200_000))}`));
  }
};
