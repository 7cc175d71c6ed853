/**
 * The site under its Content-Security-Policy (the <meta> every page carries): no page reports a
 * violation, and the features that used to be inline code still work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { baseUrl, openPage, watchCsp } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function underPolicy(options: Parameters<typeof openPage>[1] = {}) {
  const tracked = await openPage(browser, options);
  const violations = await watchCsp(tracked.context, tracked.page);
  return { ...tracked, violations };
}

const policy = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('Content-Security-Policy', () => {
  // One page of every kind, in a state that runs its scripts.
  const PAGES = [
    '',
    'regulations/',
    'regulations/fangdiao-lhasa-2019/',
    'scope/',
    'scope/fangdiao-shiyi/',
    'procedures/',
    'procedures/fangdiao/',
    'procedures/compare/',
    'cases/?domain=' + encodeURIComponent('物业服务'),
    'cases/2024/',
    'cases/2024/dangyang-wangdian-qianxin/',
    'calendar/',
    'glossary/',
    'tools/',
    'tools/deadline/?start=2026-09-30&count=3&unit=workday',
    'tools/scope/',
    'study/?topic=mixed&n=5&seed=7',
    'study/sheet/fangdiao/',
    'search/?q=' + encodeURIComponent('调解期限'),
    'no-such-page/',
  ];

  it('every page kind carries the policy, without unsafe-inline, and reports no violation', { timeout: 180_000 }, async () => {
    const { page, context, violations, errors } = await underPolicy();
    for (const path of PAGES) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      const csp = await policy(page);
      expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, path).not.toContain('unsafe-inline');
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is enforced, and a violation is seen: an injected inline script does not run and is reported', async () => {
    const { page, context, violations } = await underPolicy();
    await page.goto(`${baseUrl()}glossary/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.dataset['injected'])).toBeUndefined();
    await context.close();
  });

  it('the theme button works under the policy', async () => {
    const { page, context, violations } = await underPolicy();
    await page.goto(`${baseUrl()}glossary/`);
    expect(await bg(page)).toBe('rgb(251, 250, 247)');
    await page.getByRole('button', { name: /改为深色/ }).click();
    expect(await bg(page)).toBe('rgb(21, 22, 26)');
    // The stored choice is applied on the next page by the head script, before the module runs.
    await page.goto(`${baseUrl()}regulations/`);
    expect(await bg(page)).toBe('rgb(21, 22, 26)');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('checklists count and keep ticks under the policy', async () => {
    const { page, context, violations } = await underPolicy();
    await page.goto(`${baseUrl()}scope/fangdiao-shiyi/`);
    const count = page.locator('[data-checklist-count]');
    const total = await page.locator('input[data-item]').count();
    await page.locator('input[data-item]').first().check();
    expect(await count.textContent()).toBe(`已勾选 1 / ${total} 项`);
    await page.reload();
    expect(await count.textContent()).toBe(`已勾选 1 / ${total} 项`);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('复制引用 copies under the policy', async () => {
    const { page, context, violations } = await underPolicy();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.goto(`${baseUrl()}regulations/fangdiao-lhasa-2019/`);
    const block = page.locator('[data-provision="fangdiao-lhasa-2019/6.3"]');
    await block.getByRole('button', { name: '复制引用' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`《完善“访调对接”机制实施意见》第六部分第（三）项 ${baseUrl()}regulations/fangdiao-lhasa-2019/#p6.3`);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the study sheet 打印 button opens the print dialog under the policy', async () => {
    const { page, context, violations } = await underPolicy();
    // The dialog itself cannot be observed headless; count the calls instead.
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.goto(`${baseUrl()}study/sheet/fangdiao/`);
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('search (Pagefind with WebAssembly) and the highlight on the page it opens work under the policy', async () => {
    const { page, context, violations } = await underPolicy();
    await page.goto(`${baseUrl()}search/?q=${encodeURIComponent('纾解告知书')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const link = page.locator('#search-results a[href*="highlight"]').first();
    await link.click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });
});
