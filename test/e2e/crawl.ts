/**
 * Visits every page reachable from a start address inside its base path, once, and reports what a
 * reader would hit: pages that do not load, links that leave the base, links to missing anchors.
 * Used against `astro preview` (crawl.test.ts) and against nginx (nginx.test.ts).
 */
import type { Page } from 'playwright-core';

export interface CrawlReport {
  pages: number;
  /** Responses with status ≥ 400 (pages and everything they load). */
  failed: string[];
  /** Pages that did not answer 200. */
  notOk: string[];
  outsideBase: string[];
  missingAnchors: string[];
}

export async function crawl(page: Page, start: string): Promise<CrawlReport> {
  const root = new URL(start);
  const failed: string[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  };
  page.on('response', onResponse);
  const queue = [start];
  const seen = new Set(queue);
  const fragments: { page: string; href: string }[] = [];
  const outsideBase: string[] = [];
  const notOk: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await page.goto(url);
    if (res?.status() !== 200) notOk.push(`${res?.status()} ${url}`);
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
  page.off('response', onResponse);
  const missingAnchors: string[] = [];
  for (const { page: from, href } of fragments) {
    const u = new URL(href);
    const id = decodeURIComponent(u.hash.slice(1));
    u.hash = '';
    if (id && !idsByPage.get(u.href)?.has(id)) missingAnchors.push(`${from} → ${href}`);
  }
  return { pages: seen.size, failed, notOk, outsideBase, missingAnchors };
}
