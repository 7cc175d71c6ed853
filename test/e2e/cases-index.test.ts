/**
 * The case list's filter index as a library larger than one page uses it: fetched on first use,
 * not on arrival. The shipped library fits on page 1 and carries its index inline, so these tests
 * serve /cases/ the way a larger library's page is built (no inline index, its address in
 * data-index) and check what the reader sees once it has loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { announcedCases, baseUrl, countVisible, openPage } from './helpers.ts';
import { readCases, readFrontmatterFile } from '../support/data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = readCases().map((c) => c.data);

/** /cases/ as built for a library of more than one page: the index is fetched, not inline. */
async function withoutInlineIndex(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/filter-index/')) fetched.push(new URL(r.url()).pathname);
  });
  await page.route(/\/cases\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script type="application\/json" id="case-index">[\s\S]*?<\/script>/, '')
      .replace(
        'data-case-browser',
        `data-case-browser data-index="${new URL('cases/filter-index/facets.json?v=test', baseUrl()).pathname}"`,
      );
    await route.fulfill({ response, body: html });
  });
  return fetched;
}

describe('case list: the filter index fetched on first use', () => {
  it('lists the first page without fetching the index, and fetches it when a facet is ticked', async () => {
    const { page, context, errors } = await openPage(browser);
    const fetched = await withoutInlineIndex(page);
    await page.goto(`${baseUrl()}cases/`);
    expect(await page.locator('#case-index').count()).toBe(0);
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(CASES.length);
    expect(fetched).toEqual([]);
    await page.locator('[data-facet="mechanism"] input[value="行政复议调解"]').check();
    const expected = CASES.filter((c) => c['mechanism'] === '行政复议调解').length;
    await expect.poll(() => announcedCases(page)).toBe(expected);
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(expected);
    for (const m of await page.locator('[data-case-list] > li p.muted').allInnerTexts()) expect(m).toContain('行政复议调解');
    expect(fetched.some((p) => p.endsWith('/filter-index/facets.json'))).toBe(true);
    // Unticking shows the first page again, as it arrived.
    await page.locator('[data-facet="mechanism"] input[value="行政复议调解"]').uncheck();
    expect(await page.locator('[data-case-status]').innerText()).toBe(`共 ${CASES.length} 件`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a case by a word from its key points once the text has arrived, and opens with a filter in the address', async () => {
    const c = readFrontmatterFile('src/content/cases/2025/chaoshi-chagan-fuyi-tiaojie.mdx');
    expect((c.data['keyPoints'] as string[]).join('')).toContain('裁量准则');
    const { page, context, errors } = await openPage(browser);
    await withoutInlineIndex(page);
    await page.goto(`${baseUrl()}cases/`);
    await page.fill('[data-case-filters] [name="q"]', '裁量准则');
    await expect.poll(() => page.locator('[data-case-list] > li h2').first().innerText()).toBe(c.data['title']);
    const link = page.locator('[data-case-list] > li h2 a').first();
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(
      new URL('cases/2025/chaoshi-chagan-fuyi-tiaojie/', baseUrl()).pathname,
    );
    await page.goto(`${baseUrl()}cases/?year=2025`);
    const expected = CASES.filter((x) => x['year'] === 2025).length;
    await expect.poll(() => announcedCases(page)).toBe(expected);
    expect(await countVisible(page.locator('[data-case-list] > li'))).toBe(expected);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('case list pages', () => {
  it('keeps the shipped library on one page, with no pager', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    expect(CASES.length).toBeLessThanOrEqual(50);
    expect(await page.locator('[data-case-list] > li').count()).toBe(CASES.length);
    expect(await page.locator('[data-case-pager]').count()).toBe(0);
    const second = await page.request.get(`${baseUrl()}cases/page/2/`);
    expect(second.status()).toBe(404);
    await context.close();
  });
});
