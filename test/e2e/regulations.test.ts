import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('regulation pages', () => {
  it('goes home → 法规文件 → a document → a provision anchor', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    await page.goto(baseUrl());
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '法规文件' }).click();
    await page.waitForURL(/\/regulations\/$/);
    await page.getByRole('link', { name: '访调对接工作机制' }).click();
    await page.waitForURL(/fangdiao-lhasa-2019\/$/);
    await page.getByRole('complementary').getByRole('link', { name: /引导分流|工作流程/ }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#p6/);
    const target = page.locator(':target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a citation with the provision link', async () => {
    const { page, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    const block = page.locator('[data-provision="fangdiao-lhasa-2019/6.3"]');
    await block.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => block.getByRole('button').first().textContent()).toBe('已复制');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(`《访调对接工作机制》第六条第（三）项 ${baseUrl()}regulations/fangdiao-lhasa-2019/#p6.3`);
    await context.close();
  });

  it('sorts and filters the regulation index, keeping the state in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/?kind=${encodeURIComponent('方案')}&sort=-date`);
    const rows = page.locator('.reg-table tbody tr');
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['kind']));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['方案']));
    const dates = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['date'] ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByLabel('类型').selectOption('');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?sort=-date');
    expect(await rows.count()).toBe(5);
    await context.close();
  });
});
