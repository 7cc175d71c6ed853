import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, countVisible, openPage, searchSettled } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const results = (page: Page) => page.locator('#search-results > li');

describe('search', () => {
  it('runs the query from the URL and lists results best first, as links', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('移送函')}`);
    await searchSettled(page);
    expect(await results(page).count()).toBeGreaterThan(0);
    const first = page.locator('#search-results a').first();
    expect(await first.innerText()).toContain('完善“访调对接”机制实施意见');
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrows results with a filter chip kept in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('调解')}`);
    await searchSettled(page);
    const all = await results(page).count();
    await page.locator('button.chip[data-filter="type:案例"]').click();
    await searchSettled(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('案例');
    const narrowed = await results(page).count();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(all);
    for (const badge of await page.locator('#search-results .badge').allInnerTexts()) expect(badge).toBe('案例');
    await context.close();
  });

  it('announces the real number of results and shows all of them page by page', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('纠纷')}`);
    await searchSettled(page);
    const total = Number(/找到 (\d+) 条结果/.exec(await page.locator('[data-search-status]').innerText())![1]);
    // 纠纷 is in dozens of provisions and cases: a count that stops at one page is wrong.
    expect(total).toBeGreaterThan(40);
    expect(await countVisible(results(page))).toBe(20);
    const more = page.getByRole('button', { name: /显示更多结果/ });
    while (await more.isVisible()) {
      const before = await countVisible(results(page));
      await more.click();
      await expect.poll(() => countVisible(results(page))).toBeGreaterThan(before);
    }
    expect(await countVisible(results(page))).toBe(total);
    // No page repeats a result.
    const hrefs = await page
      .locator('#search-results > li .result-title a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs).size).toBe(total);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a provision at its anchor, with the query highlighted', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('纾解告知书')}`);
    await searchSettled(page);
    const link = page.locator('#search-results a[href*="#p"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(/regulations\/.*#p/);
    const id = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('shows a query containing HTML as text and runs nothing', async () => {
    const { page, context, errors } = await openPage(browser);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const q = '<img src=x onerror=alert(1)>';
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent(q)}`);
    await searchSettled(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain(q);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.inputValue('#search-q')).toBe(q);
    expect(dialog).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a query is empty or finds nothing, and suggests what to try', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}search/`);
    await searchSettled(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('请输入');
    expect(await page.locator('[data-search-help]').isVisible()).toBe(true);
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('zzqqxx')}`);
    await searchSettled(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('没有找到');
    expect(await page.locator('[data-search-help] a').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('finds the same provision whether a number is written in digits or Chinese', async () => {
    const { page, context } = await openPage(browser);
    const top = async (q: string) => {
      await page.goto(`${baseUrl()}search/?q=${encodeURIComponent(q)}`);
      await searchSettled(page);
      return page
        .locator('#search-results a')
        .evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    };
    const digits = await top('3个工作日内受理');
    const chinese = await top('三个工作日内受理');
    expect(chinese).toEqual(digits);
    expect(digits.some((h) => h.includes('xx-xian-shujie-2023/#p2.3'))).toBe(true);
    await context.close();
  });

  it('has a search box in the header of every page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}procedures/`);
    await page.fill('#header-q', '回访');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    await searchSettled(page);
    expect(await results(page).count()).toBeGreaterThan(0);
    await context.close();
  });
});
