#!/usr/bin/env node
/**
 * Times the case list's filter in Chromium on an already built site (e.g. one built with
 * CASES_DIR pointing at 10,000 generated cases). Usage:
 *   node scripts/bench/case-filter.ts --dist /tmp/dist10k [--repeats 5]
 * For each query: the input handler (synchronous) and up to the next painted frame.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { launchChromium } from '../../test/e2e/chromium.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, repeats: { type: 'string', default: '5' } } });
const QUERIES = ['欠薪', '漏水', '复议', '工伤认定', '没有这种案件'];
const server = await preview({ root: process.cwd(), outDir: values.dist, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(600_000);
await page.goto(`http://127.0.0.1:${server.port}/cases/`, { waitUntil: 'load' });
const load = await page.evaluate(() => {
  const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return { load: e.loadEventEnd - e.startTime, items: document.querySelectorAll('[data-case-list] > li').length };
});
const timed = await page.evaluate(
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
    return out;
  },
  { queries: QUERIES, repeats: Number(values.repeats) },
);
await browser.close();
await server.stop();
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, system Chromium; dist: ${values.dist}`,
);
console.log(`/cases/ with ${load.items} items: load event ${load.load.toFixed(0)} ms`);
for (const t of timed)
  console.log(
    `  “${t.q}”: handler median ${med(t.sync).toFixed(1)} ms, to next frame median ${med(t.frame).toFixed(1)} ms (max ${Math.max(...t.frame).toFixed(1)}) — ${t.status}`,
  );
