import { describe, expect, it } from 'vitest';
import { capNesting, cleanTitle, htmlToText, InputError, ingest, readHtml } from '../../src/ingest/index.js';

const fixtures = 'test/ingest-web/fixtures';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const BODY =
  '<article><p>The invented village of Marrow End voted on Tuesday to keep its only bus route, the parish clerk said.</p>' +
  '<p>Forty-one residents attended the meeting, which ran for two hours.</p></article>';

describe('HTML reader', () => {
  it('reads the main text, title, date, outlet and URL of a fictional news page', async () => {
    const { articles, diagnostics } = await ingest([`${fixtures}/harbour-page.html`]);
    expect(diagnostics).toEqual([]);
    const [a] = articles;
    expect(a?.title).toBe('Quillon harbour reopens after a year of dredging');
    expect(a?.outlet).toBe('The Quillon Courier');
    expect(a?.published).toBe('2030-05-02');
    expect(a?.url).toBe('https://courier.quillon.example/news/harbour-reopens');
    const text = a?.text ?? '';
    expect(text.startsWith('QUILLON — The invented harbour of Quillon reopened')).toBe(true);
    expect(text).toContain('to the neighbouring town of Dorrow.\n\n“We have our harbour back,”');
    expect(text).toContain('at the quay.\n“The first trawler came in at dawn.”');
    expect(text).toContain('Ferries resume on Monday.\n\nThe fish market reopens on Saturday.');
    expect(text).not.toMatch(/MUST NOT LEAK|Written by script|Weather|Photo: Courier staff|By Mira Talbot/);
  });

  it('resolves a relative canonical link against the page address', () => {
    const html = page('<link rel="canonical" href="/story/bus-route?ref=1">', BODY);
    expect(readHtml(html, 'https://marrow.example/x').url).toBe('https://marrow.example/story/bus-route?ref=1');
    expect(readHtml(html, 'pages/bus.html').url).toBeNull();
  });

  it('finds the published day in JSON-LD, meta tags or a <time> element', () => {
    const dated = (head: string, body = BODY): string | null => readHtml(page(head, body), 'p.html').published;
    expect(
      dated('<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2030-03-04"}]</script>'),
    ).toBe('2030-03-04');
    expect(dated('<meta name="dc.date" content="2030-03-05">')).toBe('2030-03-05');
    expect(dated('<meta name="pubdate" content="2030-03-06T23:10:00-07:00">')).toBe('2030-03-06');
    expect(dated('', `<time datetime="2030-03-07T10:00">7 March</time>${BODY}`)).toBe('2030-03-07');
    expect(dated('<script type="application/ld+json">{not json</script>')).toBeNull();
  });

  it('takes the outlet from JSON-LD publisher when og:site_name is missing', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Marrow Post"},"headline":"Bus route saved in Marrow End"}</script>';
    const draft = readHtml(page(head, BODY), 'p.html');
    expect(draft.outlet).toBe('Marrow Post');
    expect(draft.title).toBe('Bus route saved in Marrow End');
  });

  it('falls back to <h1> and then <title> for the title', () => {
    expect(
      readHtml(page('<title>Ignored when a heading exists</title>', `<h1>Marrow End keeps its bus</h1>${BODY}`), 'p')
        .title,
    ).toBe('Marrow End keeps its bus');
    expect(readHtml(page('<title>Marrow End keeps its bus - Marrow Post</title>', BODY), 'p').title).toBe(
      'Marrow End keeps its bus - Marrow Post',
    );
  });

  it('survives a page nested fifty thousand levels deep', () => {
    const depth = 50_000;
    const html = page(
      '<title>Deep page</title>',
      `${'<div>'.repeat(depth)}<p>The imaginary Deepwell council met in a very deep room on Friday, officials said.</p>${'</div>'.repeat(depth)}`,
    );
    expect(readHtml(html, 'deep.html').text).toBe(
      'The imaginary Deepwell council met in a very deep room on Friday, officials said.',
    );
  });

  it('reads malformed markup and refuses a page that is only scripts', async () => {
    const broken =
      '<html><body><div><p>The fictional Brack Island ferry sailed again on Sunday <b>after <i>repairs</b></i>, crew said.' +
      '<p>Two hundred passengers boarded</div></span><table><tr><td>extra';
    expect(readHtml(broken, 'broken.html').text).toContain(
      'The fictional Brack Island ferry sailed again on Sunday after repairs',
    );
    const scripts =
      '<!doctype html><html><head><script>var headline = "x";</script></head><body><script>document.title = "y"</script><style>p{}</style></body></html>';
    expect(() => readHtml(scripts, 'scripts.html')).toThrow(
      new InputError('scripts.html', 'no article text found', 'empty'),
    );
  });
});

describe('capNesting', () => {
  it('leaves ordinary markup alone and flattens nesting past the limit, keeping the text', () => {
    const ordinary = '<div><p>One<p>Two<br><img src=x><div><span>Three</span></div></div>';
    expect(capNesting(ordinary, 3)).toBe(ordinary);
    expect(capNesting('<div><div><div><b>deep</b> text</div></div></div><i>after</i>', 2)).toBe(
      '<div><div>deep text</div></div><i>after</i>',
    );
  });
});

describe('cleanTitle', () => {
  it('drops site names and section labels, keeps headline halves', () => {
    expect(cleanTitle('Ferry returns | The Brack Gazette', ['The Brack Gazette'])).toBe('Ferry returns');
    expect(cleanTitle('Brack Island ferry returns - Brack Gazette', ['brackgazette.example'])).toBe(
      'Brack Island ferry returns',
    );
    expect(cleanTitle('Brack Island ferry returns | Gazette Online', [])).toBe('Brack Island ferry returns');
    expect(cleanTitle('Opinion | Brack Island needs a second ferry', [])).toBe('Brack Island needs a second ferry');
    expect(cleanTitle('Ferry strike - day three of talks', [])).toBe('Ferry strike - day three of talks');
    expect(cleanTitle('Ferry | News', ['News'])).toBe('Ferry | News');
  });
});

describe('htmlToText', () => {
  it('puts blocks on paragraphs, line breaks on lines and table cells on one line', () => {
    expect(
      htmlToText(
        '<h2>Results</h2><p>One<br>Two</p><table><tr><td>Ana</td><td>12</td></tr><tr><td>Bo</td><td>9</td></tr></table>',
      ),
    ).toBe('Results\n\nOne\nTwo\n\nAna 12\n\nBo 9');
    expect(htmlToText('<p>Keep   <em>inline</em>\n spacing</p><pre>a  b\nc</pre>')).toBe(
      'Keep inline spacing\n\na  b\nc',
    );
  });
});
