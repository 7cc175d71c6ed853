/**
 * What the search index holds and what a first search downloads (issue 17): a case is found by
 * its narrative, not by its metadata lines; the filter indexes are fetched only once a filter
 * chip is chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage, searchSettled } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const resultPaths = (page: Page) =>
  page.locator('#search-results > li .result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));

// src/content/cases/2019/pingjiang-gongshang-queren.mdx
const CASE = '/cases/2019/pingjiang-gongshang-queren/';

describe('the search index', () => {
  it('finds a case by its narrative but not by its source line', async () => {
    const { page, context } = await openPage(browser);
    // 调解过程: “在平江县瓮江镇司法所的组织下，贺某与李某进行调解”
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('瓮江镇司法所')}`);
    await searchSettled(page);
    expect((await resultPaths(page))[0]).toBe(CASE);
    // 来源: “岳阳市中级人民法院网站2019年4月刊发的平江县人民法院新闻稿”, a metadata line.
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('岳阳市中级人民法院网站')}`);
    await searchSettled(page);
    expect(await resultPaths(page)).not.toContain(CASE);
    await context.close();
  });

  it('fetches no filter index for a search, and one once a filter chip is chosen', async () => {
    const { page, context } = await openPage(browser);
    const filterRequests: string[] = [];
    page.on('request', (req) => {
      if (/\/pagefind\/filter\//.test(req.url())) filterRequests.push(req.url());
    });
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('调解')}`);
    await searchSettled(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('button.chip[data-filter="type:案例"]').isVisible()).toBe(true);
    expect(await page.locator('button.chip[data-filter="year:2019"]').isVisible()).toBe(true);
    expect(filterRequests).toEqual([]);
    await page.locator('button.chip[data-filter="type:案例"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type'), { timeout: 30_000 }).toBe('案例');
    await searchSettled(page);
    expect(filterRequests.length).toBeGreaterThan(0);
    for (const badge of await page.locator('#search-results .badge').allInnerTexts()) expect(badge).toBe('案例');
    await context.close();
  });
});
