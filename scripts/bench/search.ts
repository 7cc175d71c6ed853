#!/usr/bin/env node
/**
 * Search-quality and search-weight benchmark, through the real search page in Chromium.
 * Usage: npm run build && npm run bench:search [-- --dist dist]
 * hit@k: one of the top k results opens a page (or provision section) containing an expected phrase.
 * measureSearch is exported for scripts/bench/cases.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { launchStandaloneChromium } from '../../test/e2e/chromium.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');

function loadQueries(): { q: string; expected: string[] }[] {
  return readFileSync(join(ROOT, 'test/fixtures/search-queries.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [q, expected] = l.split('\t');
      return { q: q!, expected: expected!.split('|') };
    });
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const s = dirSize(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The text a result opens: a provision's section, an anchored element, or the whole page. */
async function openedText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(id) : null;
    if (!el) return document.querySelector('main')?.textContent ?? '';
    const wrapper = el.closest<HTMLElement>('[data-provision]');
    if (!wrapper) return (el.closest('li, tr, div, section') ?? el).textContent ?? '';
    const level = Number(/provision--l(\d)/.exec(wrapper.className)?.[1] ?? 9);
    let text = wrapper.textContent ?? '';
    for (let n = wrapper.nextElementSibling; n; n = n.nextElementSibling) {
      const l = Number(/provision--l(\d)/.exec(n.className)?.[1] ?? 0);
      if (l && l <= level) break;
      text += n.textContent ?? '';
    }
    return text;
  });
}

export interface SearchFigures {
  queries: number;
  hit1: number;
  hit3: number;
  mrr: number;
  ranks: string;
  misses: string[];
  /** bytes over the wire (bodies + headers) for the first query: page, Pagefind runtime, index, fragments */
  firstQueryBytes: number;
  /** median over the later queries (new page load, HTTP cache warm) */
  laterQueryBytes: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
  index: { bytes: number; files: number };
}

/** Runs every query of test/fixtures/search-queries.tsv against `origin` (serving `dist`). */
export async function measureSearch(browser: Browser, origin: string, dist: string): Promise<SearchFigures> {
  const queries = loadQueries();
  const context = await browser.newContext();
  const page = await context.newPage();
  const checker = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  const ranks: (number | null)[] = [];
  const latencies: number[] = [];
  const misses: string[] = [];
  const byteLog: number[] = [];
  try {
    for (const [i, { q, expected }] of queries.entries()) {
      const before = bytes;
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[data-search-status]')?.textContent ?? '正在搜索'));
      await page.waitForLoadState('networkidle');
      byteLog.push(bytes - before);
      latencies.push(await page.evaluate(() => performance.getEntriesByName('search:query').at(-1)?.duration ?? NaN));
      const hrefs = (
        await page.locator('#search-results > li > .result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
      ).slice(0, 10);
      let rank: number | null = null;
      for (const [r, href] of hrefs.entries()) {
        const text = await openedText(checker, href);
        if (expected.some((e) => text.includes(e))) {
          rank = r + 1;
          break;
        }
      }
      ranks.push(rank);
      const top3 = hrefs.slice(0, 3).map((h) => decodeURIComponent(new URL(h).pathname + new URL(h).hash));
      if (rank === null || rank > 3) misses.push(`${q}（期望：${expected.join('|')}；名次：${rank ?? '前10无'}；前三：${top3.join(' ')}）`);
      if (i === 0) await page.waitForTimeout(100);
    }
  } finally {
    await context.close();
  }
  const n = ranks.length;
  const hit = (k: number) => ranks.filter((r) => r !== null && r <= k).length / n;
  const sorted = [...latencies].sort((a, b) => a - b);
  const later = byteLog.slice(1).sort((a, b) => a - b);
  return {
    queries: n,
    hit1: hit(1),
    hit3: hit(3),
    mrr: ranks.reduce((s: number, r) => s + (r ? 1 / r : 0), 0) / n,
    ranks: queries.map((x, i) => `${x.q}=${ranks[i] ?? '-'}`).join(' '),
    misses,
    firstQueryBytes: byteLog[0]!,
    laterQueryBytes: later[later.length >> 1]!,
    latencyMedianMs: sorted[n >> 1]!,
    latencyP95Ms: sorted[Math.floor(n * 0.95)]!,
    index: dirSize(join(dist, 'pagefind')),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = values.dist;
  const server = await preview({ root: process.cwd(), outDir: dist, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const browser = await launchStandaloneChromium();
  let f: SearchFigures;
  try {
    f = await measureSearch(browser, `http://127.0.0.1:${server.port}`, dist);
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, system Chromium; dist: ${dist}`,
  );
  console.log(`queries: ${f.queries}; hit@1 ${f.hit1.toFixed(3)}; hit@3 ${f.hit3.toFixed(3)}; MRR ${f.mrr.toFixed(3)}`);
  console.log(`ranks: ${f.ranks}`);
  console.log(`misses (not in top 3): ${f.misses.length ? f.misses.join('；') : 'none'}`);
  console.log(
    `bytes transferred by the search page: first query (cold, page + index) ${f.firstQueryBytes} B; a later query (new page load in the same browser, HTTP cache warm) median ${f.laterQueryBytes} B`,
  );
  console.log(
    `search latency in Chromium (query → results rendered, incl. variants): median ${f.latencyMedianMs.toFixed(1)} ms, p95 ${f.latencyP95Ms.toFixed(1)} ms`,
  );
  console.log(`index on disk (${dist}/pagefind): ${(f.index.bytes / 1024).toFixed(0)} KiB in ${f.index.files} files`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
