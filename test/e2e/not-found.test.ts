/** An unknown address gets the site's 404 page: status 404, in Chinese, with search and the sections. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage, subpathUrl } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('404 page (astro preview)', () => {
  for (const [name, start] of [
    ['root', baseUrl],
    ['sub-path', subpathUrl],
  ] as const) {
    it(`at the ${name}: 404, a Chinese page with a search box and links to the sections`, async () => {
      const { page, context, errors } = await openPage(browser);
      const res = await page.goto(`${start()}regulations/no-such-document/`);
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('找不到这个页面');
      const base = new URL(start()).pathname;
      const links = await page
        .locator('main a')
        .evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
      expect(links).toEqual(
        expect.arrayContaining([
          ['法规文件', `${base}regulations/`],
          ['范围与原则', `${base}scope/`],
          ['程序与期限', `${base}procedures/`],
          ['案例库', `${base}cases/`],
          ['工具', `${base}tools/`],
          ['学习', `${base}study/`],
        ]),
      );
      await page.locator('#notfound-q').fill('访调对接');
      await page.locator('#notfound-q').press('Enter');
      await page.waitForURL((u) => u.pathname === `${base}search/`);
      await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
