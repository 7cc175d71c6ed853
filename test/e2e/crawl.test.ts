/**
 * Crawls the whole site built with a sub-path base (/tiaojie/) without a browser (crawl.ts): every
 * internal link and fragment resolves, nothing points outside the base path or to another host.
 * What only a running page shows (requests made by its scripts, uncaught errors) is checked in
 * Chromium on one page of each kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { crawl, missingAnchors, oneOfEachKind, type Crawl } from './crawl.ts';
import { openPage, subpathUrl } from './helpers.ts';

let site: Crawl;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([crawl(subpathUrl()), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
});

describe('the site served from a sub-path', () => {
  it('has no broken internal link or anchor, and no link outside the base path', () => {
    expect(site.failed).toEqual([]);
    expect(site.outsideBase, 'links that ignore the base path').toEqual([]);
    expect(site.pages.size).toBeGreaterThanOrEqual(12);
    expect(missingAnchors(site), 'links to anchors that do not exist').toEqual([]);
  });

  it('names no script, style, image or frame from another host in any page', () => {
    expect(site.foreignResources).toEqual([]);
  });

  it('requests nothing from other hosts and throws no error, on one page of each kind', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    const visited = oneOfEachKind(site.pages.keys(), subpathUrl());
    for (const url of visited) {
      const res = await page.goto(url, { waitUntil: 'load' });
      expect(res?.status(), url).toBe(200);
    }
    expect(visited.length).toBeGreaterThanOrEqual(10);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
