#!/usr/bin/env node
/**
 * The case list at scale in Chromium, on an already built site (e.g. one built with CASES_DIR
 * pointing at 10,000 generated cases). Usage:
 *   node scripts/bench/case-filter.ts --dist /tmp/dist10k [--repeats 5]
 * Reports the bytes /cases/ transfers on arrival, on the first facet tick and on the first use of
 * the keyword box (each response gzipped here at level 6, as a server would send it), then for each
 * query the input handler (synchronous) and the time up to the next painted frame, with the index
 * loaded. The helpers are exported for scripts/bench/cases.ts.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page, type Response } from 'playwright-core';
import { findChromium } from '../../test/e2e/chromium.ts';

export const QUERIES = ['欠薪', '漏水', '复议', '工伤认定', '没有这种案件'];

export interface Transfer {
  requests: number;
  raw: number;
  gz: number;
  files: string[];
}

/** Records every response from now on; `take()` sums the bytes since the last call. */
export function recordTransfers(page: Page): { take: () => Promise<Transfer> } {
  let pending: Promise<{ url: string; raw: number; gz: number }>[] = [];
  page.on('response', (r: Response) => {
    pending.push(
      r.body().then(
        (b) => ({ url: new URL(r.url()).pathname, raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        () => ({ url: new URL(r.url()).pathname, raw: 0, gz: 0 }),
      ),
    );
  });
  return {
    take: async () => {
      const done = await Promise.all(pending);
      pending = [];
      return {
        requests: done.length,
        raw: done.reduce((n, d) => n + d.raw, 0),
        gz: done.reduce((n, d) => n + d.gz, 0),
        files: done.map((d) => d.url),
      };
    },
  };
}

/** Focuses the keyword box (which starts loading every text shard) and waits until the index is in. */
export async function waitForCaseIndex(page: Page): Promise<void> {
  await page.focus('[data-case-filters] [name="q"]');
  await page.waitForSelector('[data-case-browser][data-loaded="all"]', { state: 'attached' });
}

export interface QueryTiming {
  q: string;
  sync: number[];
  frame: number[];
  status: string;
}

/** Input handler and input → next frame for each query, `repeats` times, with the index loaded. */
export function timeQueries(page: Page, queries = QUERIES, repeats = 5): Promise<QueryTiming[]> {
  return page.evaluate(
    async ({ queries, repeats }) => {
      const input = document.querySelector('[data-case-filters] [name="q"]') as HTMLInputElement;
      const fire = () => input.dispatchEvent(new Event('input', { bubbles: true }));
      const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const out: { q: string; sync: number[]; frame: number[]; status: string }[] = [];
      for (const q of queries) {
        const sync: number[] = [];
        const frame: number[] = [];
        for (let k = 0; k < repeats; k++) {
          input.value = '';
          fire();
          await nextFrame();
          input.value = q;
          const t0 = performance.now();
          fire();
          sync.push(performance.now() - t0);
          await nextFrame();
          frame.push(performance.now() - t0);
        }
        out.push({ q, sync, frame, status: document.querySelector('[data-case-status]')?.textContent ?? '' });
      }
      input.value = '';
      fire();
      return out;
    },
    { queries, repeats },
  );
}

/** Ticking the first value of a facet (click: the input event and the box change), and the sort by days over all cases. */
export function timeFacetAndSort(page: Page, repeats = 5): Promise<QueryTiming[]> {
  return page.evaluate(async (repeats) => {
    const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const status = () => document.querySelector('[data-case-status]')?.textContent ?? '';
    const out: { q: string; sync: number[]; frame: number[]; status: string }[] = [];
    const box = document.querySelector('[data-facet="domain"] input[type="checkbox"]') as HTMLInputElement;
    const tick = { q: `tick 领域 ${box.value}`, sync: [] as number[], frame: [] as number[], status: '' };
    for (let k = 0; k < repeats; k++) {
      const t0 = performance.now();
      box.click();
      tick.sync.push(performance.now() - t0);
      await nextFrame();
      tick.frame.push(performance.now() - t0);
      tick.status = status();
      box.click();
      await nextFrame();
    }
    out.push(tick);
    const select = document.querySelector('[data-case-filters] [name="sort"]') as HTMLSelectElement;
    const sort = { q: 'sort 用时（短→长）, all cases', sync: [] as number[], frame: [] as number[], status: '' };
    for (let k = 0; k < repeats; k++) {
      select.value = 'days-asc';
      const t0 = performance.now();
      select.dispatchEvent(new Event('input', { bubbles: true }));
      sort.sync.push(performance.now() - t0);
      await nextFrame();
      sort.frame.push(performance.now() - t0);
      sort.status = status();
      select.value = 'year-desc';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
    }
    out.push(sort);
    return out;
  }, repeats);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, repeats: { type: 'string', default: '5' } } });
  const server = await preview({ root: process.cwd(), outDir: values.dist, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  // Its own browser: launchChromium() connects to the e2e run's browser server, which a bench has not.
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(600_000);
    const transfers = recordTransfers(page);
    await page.goto(`http://127.0.0.1:${server.port}/cases/`, { waitUntil: 'load' });
    const load = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { load: e.loadEventEnd - e.startTime, items: document.querySelectorAll('[data-case-list] > li').length };
    });
    const arrival = await transfers.take();
    // First facet tick: the facet columns and the shard(s) holding the first 50 results.
    const box = page.locator('[data-facet="domain"] input[type="checkbox"]').first();
    await box.check();
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-case-status]')?.textContent ?? ''));
    const facetStatus = await page.locator('[data-case-status]').innerText();
    const facet = await transfers.take();
    await box.uncheck();
    // First use of the keyword box: every text shard.
    await waitForCaseIndex(page);
    const words = await transfers.take();
    const timed = [
      ...(await timeQueries(page, QUERIES, Number(values.repeats))),
      ...(await timeFacetAndSort(page, Number(values.repeats))),
    ];
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, system Chromium; dist: ${values.dist}`,
    );
    console.log(`/cases/ with ${load.items} items listed: load event ${load.load.toFixed(0)} ms`);
    const show = (label: string, t: Transfer) =>
      console.log(`  ${label}: ${t.requests} requests, ${kb(t.gz)} gzipped (${kb(t.raw)} raw) — ${[...new Set(t.files)].join(', ')}`);
    show('arrival', arrival);
    show(`first facet tick (${facetStatus})`, facet);
    show('first keyword use', words);
    for (const t of timed)
      console.log(
        `  “${t.q}”: handler median ${med(t.sync).toFixed(1)} ms, to next frame median ${med(t.frame).toFixed(1)} ms (max ${Math.max(...t.frame).toFixed(1)}) — ${t.status}`,
      );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
