import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/index.js';
import { fixtureReport } from './report-fixture.js';

const html = renderHtml(fixtureReport());

describe('renderHtml', () => {
  it('is one self-contained document: inline style and script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|<img\b|<iframe\b|@import|url\(/i);
  });

  it('escapes article text: a script tag in a sentence stays text', () => {
    expect(html).not.toContain('<script>window.__injected');
    expect(html).toContain(
      '&lt;script&gt;window.__injected = true&lt;/script&gt; in the comments &amp; asked &quot;why?&quot;',
    );
  });

  it('has the brief sections in order', () => {
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'What everyone reports',
      'Where accounts differ',
      'Who said what',
      'Numbers',
      'Timeline',
      'Only in …',
      'People, organizations and places',
      'Sources',
      'Articles',
    ]);
    expect(html).toMatch(/<p class="lead">The Riverton harbor bridge will stay closed/);
  });

  it('numbers footnotes once per cited sentence and links each to a sentence that exists', () => {
    const links = [...html.matchAll(/<a class="cite" href="#(a\d+-s\d+)"[^>]*>(\d+)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    const byTarget = new Map<string, string>();
    for (const [, target, n] of links) {
      expect(html).toContain(`id="${target}"`);
      expect(byTarget.get(target ?? '') ?? n).toBe(n);
      byTarget.set(target ?? '', n ?? '');
    }
    expect(byTarget.get('a0-s1')).toBe('1');
  });

  it('shows figures as written by readers and marks undated articles', () => {
    expect(html).toContain('4,000,000');
    expect(html).toContain('undated (read as of 2031-02-10)');
  });
});
