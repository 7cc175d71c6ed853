/** Shared e2e helpers: a page that records every request that leaves the site's origin. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');
export const subpathUrl = (): string => inject('subpathUrl');

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any host other than the site's own. */
  foreign: string[];
  /** Uncaught errors thrown by the page's scripts. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    /** The address serving the site when it is not the preview servers (nginx in nginx.test.ts): only it is not foreign. */
    siteUrl?: string;
  } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const own = new Set((options.siteUrl ? [options.siteUrl] : [baseUrl(), subpathUrl()]).map((u) => new URL(u).host));
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!own.has(url.host)) foreign.push(req.url());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, foreign, errors };
}

/**
 * How many of the elements a locator matches are actually rendered: what a reader sees, not what
 * a script set (an element with `hidden` that a CSS rule still displays counts as shown).
 */
export function countVisible(locator: import('playwright-core').Locator): Promise<number> {
  return locator.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
}

/**
 * Records every Content-Security-Policy violation a page reports: the `securitypolicyviolation`
 * events (read through a binding, so they survive navigations) and Chromium's console errors about
 * the policy (a refused inline script, eval, style, or a directive the browser ignored).
 */
export async function watchCsp(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (msg) => {
    if (/Content[ -]Security[ -]Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  return violations;
}

/** Waits until the search page has finished searching (its status line no longer says 正在搜索). */
export function searchSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[data-search-status]')?.textContent ?? '正在搜索'));
}

/** The number of cases the case list's status line announces: “共 N 件” or “找到 N 件（共 M 件）”. */
export async function announcedCases(page: Page): Promise<number> {
  const text = await page.locator('[data-case-status]').innerText();
  return Number(/(?:找到|共) (\d+) 件/.exec(text)?.[1] ?? NaN);
}
