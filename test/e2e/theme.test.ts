/**
 * The theme button is a choice that shows the theme in use and the one a click gives: the first
 * click always changes what the reader sees, whatever the system preference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(21, 22, 26)';
const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const button = (page: Page) => page.locator('[data-theme-toggle]');

describe('theme button', () => {
  for (const [system, now, other, nowBg, otherBg] of [
    ['light', '浅色', '深色', LIGHT, DARK],
    ['dark', '深色', '浅色', DARK, LIGHT],
  ] as const) {
    it(`on a ${system} system: shows 主题：${now}（跟随系统）, and the first click gives ${other}`, async () => {
      const { page, context, errors } = await openPage(browser, { colorScheme: system });
      await page.goto(`${baseUrl()}procedures/`);
      expect(await button(page).innerText()).toBe(`主题：${now}（跟随系统） · 改为${other}`);
      expect(await bg(page)).toBe(nowBg);
      await button(page).click();
      expect(await bg(page)).toBe(otherBg);
      expect(await button(page).innerText()).toBe(`主题：${other} · 改为${now}`);
      // The choice holds on the next page, before any script of that page runs.
      await page.goto(`${baseUrl()}cases/`);
      expect(await bg(page)).toBe(otherBg);
      // Choosing the system's theme again goes back to following the system.
      await button(page).click();
      expect(await bg(page)).toBe(nowBg);
      expect(await button(page).innerText()).toBe(`主题：${now}（跟随系统） · 改为${other}`);
      await page.reload();
      expect(await button(page).innerText()).toBe(`主题：${now}（跟随系统） · 改为${other}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
