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

const bg = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('themes and small screens', () => {
  it('follows a dark system preference and keeps a chosen theme across pages', async () => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    const darkBg = await bg(page);
    expect(darkBg).toBe('rgb(21, 22, 26)');
    // auto → light
    await page.getByRole('button', { name: /主题/ }).click();
    expect(await bg(page)).toBe('rgb(251, 250, 247)');
    await page.goto(`${baseUrl()}regulations/`);
    expect(await bg(page)).toBe('rgb(251, 250, 247)');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    for (const path of ['', 'regulations/', 'regulations/xx-xian-shujie-2023/']) {
      await page.goto(`${baseUrl()}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      // The sections fold behind the menu button on a phone; one tap shows them.
      const menu = page.getByRole('button', { name: '菜单' });
      await menu.click();
      expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(true);
    }
    await context.close();
  });

  it('prints a document without the site navigation but with its text', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await page.locator('[id="p6.3"]').isVisible()).toBe(true);
    await context.close();
  });
});
