import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { fixtureReport } from './report-fixture.js';

describe('the HTML brief in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), 'triangulate-html-'));
    const file = path.join(dir, 'brief.html');
    writeFileSync(file, renderHtml(fixtureReport()));
    url = pathToFileURL(file).href;
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page with the brief loaded, recording console errors, page errors and every request it makes. */
  const load = async (javaScriptEnabled = true) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    return { page, errors, requests, close: () => context.close() };
  };

  it('loads offline without errors and fetches nothing but itself', async () => {
    const { page, errors, requests, close } = await load();
    expect(await page.locator('h1').textContent()).toBe('Riverton bridge to stay shut until spring');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await close();
  });

  it('opens the cited article with the cited sentence highlighted', async () => {
    const { page, errors, close } = await load();
    await page.locator('#story1-differ a.cite[data-k="1"]').first().click();
    const sentence = page.locator('#a1-s2');
    await expect.poll(() => sentence.getAttribute('class')).toBe('s hl');
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toContain('Cracks were found in three of the four main cables');
    expect(await page.locator('#a0').isVisible()).toBe(false);
    expect(await page.locator('.s.hl').count()).toBe(1);
    expect(await page.locator('#panel-title').textContent()).toBe('Valley Post: (untitled)');

    await page.locator('.lead a.cite').first().click();
    await expect.poll(() => page.locator('.s.hl').getAttribute('id')).toBe('a0-s1');
    expect(await page.locator('#a1').isVisible()).toBe(false);

    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a script tag inside an article as text and never runs it', async () => {
    const { page, errors, close } = await load();
    await page.locator('#story1-only a.cite').first().click();
    const sentence = page.locator('#a1-s1');
    await expect.poll(() => sentence.getAttribute('class')).toBe('s hl');
    expect(await sentence.textContent()).toContain('<script>window.__injected = true</script>');
    expect(await page.evaluate('typeof window.__injected')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('still reaches the cited sentence without the script', async () => {
    const { page, close } = await load(false);
    await page.locator('.lead a.cite').first().click();
    expect(page.url().endsWith('#a0-s1')).toBe(true);
    expect(await page.locator('#a0-s1').isVisible()).toBe(true);
    const lit = await page.evaluate("getComputedStyle(document.getElementById('a0-s1')).backgroundColor");
    expect(lit).not.toBe('rgba(0, 0, 0, 0)');
    await close();
  });
});
