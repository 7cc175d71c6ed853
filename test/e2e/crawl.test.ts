/**
 * Crawls the whole site built with a sub-path base (/tiaojie/): every internal link and fragment
 * resolves, no page requests another host, no page throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { crawl } from './crawl.ts';
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
    const { page, context, foreign, errors } = await openPage(browser);
    const report = await crawl(page, subpathUrl());
    expect(report.notOk).toEqual([]);
    expect(report.outsideBase, 'links that ignore the base path').toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(12);
    expect(report.missingAnchors, 'links to anchors that do not exist').toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
