import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';
import { readFrontmatterFile } from '../content/load.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const visibleItems = (page: Page) => page.locator('[data-case-list] li:not([hidden])');
const meta = (page: Page) => visibleItems(page).locator('p.muted').allInnerTexts();

describe('case library', () => {
  it('works as a plain list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}cases/`);
    expect(await page.locator('[data-case-list] li').count()).toBeGreaterThanOrEqual(30);
    await context.close();
  });

  it('combines filters, counts them, and keeps them across a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    const all = await visibleItems(page).count();
    await page.locator('[data-facet="mechanism"] input[value="行政复议调解"]').check();
    const afterOne = await visibleItems(page).count();
    expect(afterOne).toBeLessThan(all);
    for (const m of await meta(page)) expect(m).toContain('行政复议调解');
    await page.locator('[data-facet="domain"] input[value="行政处罚"]').check();
    const afterTwo = await visibleItems(page).count();
    expect(afterTwo).toBeGreaterThan(0);
    expect(afterTwo).toBeLessThan(afterOne);
    for (const m of await meta(page)) expect(m).toMatch(/行政复议调解.*行政处罚/);
    // the count next to the checked domain equals what is shown
    expect(await page.locator('[data-facet="domain"] input[value="行政处罚"] ~ [data-count]').innerText()).toBe(`(${afterTwo})`);
    const url = new URL(page.url());
    expect(url.searchParams.get('mechanism')).toBe('行政复议调解');
    await page.reload();
    expect(await visibleItems(page).count()).toBe(afterTwo);
    expect(await page.locator('[data-facet="domain"] input[value="行政处罚"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a case by a word from its key points', async () => {
    const c = readFrontmatterFile('src/content/cases/2025/chaoshi-chagan-fuyi-tiaojie.mdx');
    expect((c.data['keyPoints'] as string[]).join('')).toContain('裁量准则');
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/`);
    await page.fill('[data-case-filters] [name="q"]', '裁量准则');
    await expect.poll(() => visibleItems(page).first().locator('h2').innerText()).toBe(c.data['title']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('裁量准则');
    await context.close();
  });

  it('sorts by days taken', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/?sort=days-asc`);
    const days = (await meta(page)).map((m) => /用时 (\d+) 天/.exec(m)?.[1] ?? null);
    const known = days.filter((d) => d !== null).map(Number);
    expect(known.length).toBeGreaterThan(2);
    // Known durations first, shortest first; cases whose duration was not reported after them.
    expect(days.slice(0, known.length).every((d) => d !== null)).toBe(true);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    await context.close();
  });

  it('links a case to its provisions, and the provision back to the case', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2025/chaoshi-chagan-fuyi-tiaojie/`);
    const title = await page.locator('h1').innerText();
    expect(await page.locator('.toc a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#related-title ~ ul li').count()).toBeGreaterThanOrEqual(3);
    const cite = page.locator('.case-cites a').first();
    const citeId = await cite.getAttribute('data-cite');
    await cite.click();
    await page.waitForURL(/regulations\//);
    const block = page.locator(`[data-provision="${citeId}"]`);
    await block.locator('.cited-by summary').click();
    await block.locator('.cited-by').getByRole('link', { name: title }).click();
    await page.waitForURL(/cases\/2025\/chaoshi-chagan-fuyi-tiaojie\/$/);
    await context.close();
  });

  it('has a page per year with charts, and a feed', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}cases/2024/`);
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('.year-list li').count()).toBeGreaterThan(0);
    const feed = await page.request.get(`${baseUrl()}cases/rss.xml`);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(30);
    await context.close();
  });
});
