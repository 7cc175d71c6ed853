/**
 * Crawls the whole site built with a sub-path base (/tiaojie/): every internal link and fragment
 * resolves, no page requests another host, no page throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, subpathUrl } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site served from a sub-path', () => {
  // Visits every page once; on two cores that takes a while.
  it('has no broken internal link or anchor, and requests nothing from other hosts', { timeout: 300_000 }, async () => {
    const start = subpathUrl();
    const root = new URL(start);
    const { page, context, foreign, errors } = await openPage(browser);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    const queue = [start];
    const seen = new Set(queue);
    const fragments: { page: string; href: string }[] = [];
    const outsideBase: string[] = [];
    const idsByPage = new Map<string, Set<string>>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      idsByPage.set(url, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const u = new URL(href);
        if (u.host !== root.host) continue;
        if (!u.pathname.startsWith(root.pathname)) {
          outsideBase.push(`${url} → ${href}`);
          continue;
        }
        if (u.hash) fragments.push({ page: url, href });
        u.hash = '';
        const clean = u.href;
        if (!seen.has(clean) && !/\.(ics|xml|json|txt)$/.test(u.pathname)) {
          seen.add(clean);
          queue.push(clean);
        }
      }
    }
    expect(outsideBase, 'links that ignore the base path').toEqual([]);
    expect(failed).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(12);
    const missing: string[] = [];
    for (const { page: from, href } of fragments) {
      const u = new URL(href);
      const id = decodeURIComponent(u.hash.slice(1));
      u.hash = '';
      if (id && !idsByPage.get(u.href)?.has(id)) missing.push(`${from} → ${href}`);
    }
    expect(missing, 'links to anchors that do not exist').toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
