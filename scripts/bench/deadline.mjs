#!/usr/bin/env node
/**
 * Deadline calculator benchmark: JavaScript + calendar data the page ships (gzipped), the
 * on-demand .ics chunk, and the time to recompute a procedure timeline in Chromium.
 * Usage: npm run build && npm run bench:deadline
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { launchChromium } from '../../test/e2e/chromium.ts';
import { pageScripts, total } from './page-weight.mjs';

const parts = pageScripts('dist', 'dist/tools/deadline/index.html');
const lazy = readdirSync('dist/_astro').filter((f) => /^ics-deadline\..*\.js$/.test(f));
const lazyGz = lazy.reduce((n, f) => n + gzipSync(readFileSync(`dist/_astro/${f}`)).length, 0);

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
const browser = await launchChromium();
const page = await browser.newPage();
const runs = 50;
const url = `http://127.0.0.1:${server.port}/tools/deadline/?procedure=shujie&start=2026-09-30`;
await page.goto(url);
const times = await page.evaluate(async (n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    performance.clearMeasures('deadline:render');
    window.dispatchEvent(new PopStateEvent('popstate'));
    out.push(performance.getEntriesByName('deadline:render')[0].duration);
  }
  return out;
}, runs);
const rows = await page.locator('[data-deadline-id]').count();
await browser.close();
await server.stop();
times.sort((a, b) => a - b);
const t = total(parts);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium (system)`,
);
for (const p of parts) console.log(`  ${p.kind.padEnd(6)} ${p.src}: ${p.raw} B raw, ${p.gz} B gzipped`);
console.log(`deadline page, JS + calendar data on arrival: ${t.raw} B raw, ${t.gz} B gzipped`);
console.log(`on demand (.ics export chunk, loaded on click): ${lazyGz} B gzipped`);
console.log(
  `recompute + redraw procedure timeline (shujie, ${rows} deadlines incl. 30 working days, from 2026-09-30), ${runs} runs: median ${times[runs >> 1].toFixed(2)} ms, p95 ${times[Math.floor(runs * 0.95)].toFixed(2)} ms, max ${times[runs - 1].toFixed(2)} ms`,
);
