#!/usr/bin/env node
/**
 * Case library at scale: build time, weight of the /cases/ list page and speed of its fuzzy filter
 * in Chromium, for the shipped library and for it plus N generated cases.
 *
 *   npm run bench:cases [-- --sizes 0,1000,10000] [--runs 3] [--repeats 10] [--keep]
 *
 * For every size: 0 is the shipped library as it is; N copies src/content/cases into a temporary
 * directory, adds N synthetic cases (scripts/bench/generate-cases.ts) and builds with CASES_DIR pointing
 * there. Each build is a clean `astro build --outDir <tmp>` (node_modules/.astro removed first),
 * timed as a whole (median of --runs for the shipped library, --large-runs, default 1, otherwise).
 * The built site is then served with `astro preview`, /cases/ is loaded in Chromium and the filter
 * is timed in the page: performance.now() around the input event the island handles
 * synchronously, and up to the next frame (style, layout and paint of the updated list); each
 * query runs --repeats times, or at least 3 times and until it has used 20 s on large lists.
 * Every finished size is printed at once (stderr); Ctrl-C or a SIGTERM stops the run, cleans up
 * and prints the rows measured so far.
 *
 * When the full build of a generated size fails (time limit, memory), /cases/ is still measured
 * “page-only”: `astro dev` renders that page alone and its case-dependent part, byte-identical to
 * the built one, is spliced into a build of the shipped library (see pageOnly below); the row is
 * marked ᵖ and the notes say how far the build got. The failed build's log is kept in os.tmpdir().
 *
 * Builds run in a private copy of the project (BUILD ROOT below): src/, public/ and the config files
 * copied to a temporary directory at the start, node_modules linked package by package. Astro's
 * caches (node_modules/.astro, .astro/ with its prerender chunks, .astro/data-store.json in dev)
 * then live in that copy: other builds in the repository cannot break a run, a run cannot break
 * them, no generated case is ever cached inside the repository, and edits made to the working tree
 * during a run do not change what is measured.
 *
 * Other options: --seed (generator seed, default 1), --timeout-min (per build, default 25),
 * --large-runs. Temporary directories (the copy included) are removed at the end unless --keep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { launchStandaloneChromium as launchChromium } from '../../test/e2e/chromium.ts';
import { pageScripts, total } from './page-weight.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,1000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '1' },
    repeats: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'timeout-min': { type: 'string', default: '25' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
});
if (values.help) {
  console.log(
    '用法：npm run bench:cases [-- --sizes 0,1000,10000] [--runs 3] [--large-runs 1] [--repeats 10] [--seed 1] [--timeout-min 25] [--keep]',
  );
  process.exit(0);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--sizes 应为逗号分隔的非负整数，如 0,1000,10000（收到“${values.sizes}”）`);
  process.exit(2);
}
const shippedRuns = Math.max(1, Number(values.runs) || 3);
const largeRuns = Math.max(1, Number(values['large-runs']) || 1);
const repeats = Math.max(1, Number(values.repeats) || 10);
const timeoutMs = (Number(values['timeout-min']) || 25) * 60_000;
/** for the generator, and the reference build and astro dev of a page-only measurement */
const AUX_TIMEOUT = 10 * 60_000;

const QUERIES = ['欠薪', '漏水', '复议', '工伤认定', '宇宙飞船'];
/** Per query: stop repeating (after at least 3 runs) once its runs have taken this long. */
const QUERY_BUDGET_MS = 20_000;
const tempDirs: string[] = [];

/**
 * BUILD ROOT: a private copy of the project. Everything but node_modules, build output, caches and
 * .git is copied; node_modules gets one symlink per package (not one for the whole folder, so its
 * .astro and .vite caches stay private).
 */
function makeBuildRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cases-root-'));
  tempDirs.push(dir);
  const skip = new Set(['node_modules', 'dist', 'dist-subpath', '.git', '.astro', 'test-results', 'tmp']);
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src).split(sep)[0] ?? '') });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
/** 1-minute load average when the run started: other work on the machine skews every figure. */
const LOAD_AT_START = loadavg()[0]!;
let loadMax = LOAD_AT_START;
setInterval(() => (loadMax = Math.max(loadMax, loadavg()[0]!)), 5000).unref();
const BUILD_ROOT = makeBuildRoot();
process.chdir(BUILD_ROOT);
const SHIPPED_DIR = join(BUILD_ROOT, 'src/content/cases');
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const log = (msg: string) => console.error(`» ${msg}`);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function countFiles(dir: string, test: (name: string) => boolean): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(join(dir, e.name), test);
    else if (test(e.name)) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Child processes

let running: ChildProcess | null = null;

function buildEnv(casesDir: string | null): NodeJS.ProcessEnv {
  // A stray BASE_PATH or SITE_URL would change the pages being measured; CASES_DIR is set per size.
  const { CASES_DIR: _c, BASE_PATH: _b, SITE_URL: _s, ...env } = process.env;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...(casesDir ? { CASES_DIR: casesDir } : {}) };
}

interface RunResult {
  ok: boolean;
  seconds: number;
  /** peak resident memory of the child in MiB, when /usr/bin/time is available */
  peakMiB: number | null;
  reason: string;
}

/** Runs `node <args>`, output to `logFile`, killed (with its children) after `timeout` ms. */
function runNode(args: string[], env: NodeJS.ProcessEnv, logFile: string, timeout: number): Promise<RunResult> {
  const rssFile = `${logFile}.rss`;
  const [cmd, argv] = TIME_BIN ? [TIME_BIN, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const fd = openSync(logFile, 'w');
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', fd, fd], detached: true });
    running = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      closeSync(fd);
      running = null;
      const seconds = (performance.now() - t0) / 1000;
      const rss = existsSync(rssFile) ? Number(/(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))?.[1]) : Number.NaN;
      const output = readFileSync(logFile, 'utf8');
      const oom = /heap out of memory|Reached heap limit|Allocation failed/i.test(output);
      const reason = timedOut
        ? `stopped at the ${+(timeout / 60_000).toFixed(2)}-minute limit`
        : oom
          ? 'JavaScript heap out of memory'
          : signal
            ? `killed by ${signal} from outside the benchmark`
            : code !== null && code > 128
              ? `killed by signal ${code - 128}${code === 143 ? ' (SIGTERM)' : code === 137 ? ' (SIGKILL: out of memory?)' : ''} from outside the benchmark`
              : code !== 0
                ? `exit ${code}`
                : '';
      done({ ok: !timedOut && code === 0, seconds, peakMiB: Number.isFinite(rss) ? rss / 1024 : null, reason });
    });
  });
}

async function cleanBuild(outDir: string, casesDir: string | null, logFile: string, timeout = timeoutMs): Promise<RunResult> {
  rmSync('node_modules/.astro', { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], buildEnv(casesDir), logFile, timeout);
}

// ---------------------------------------------------------------------------------------------
// In the browser

interface QueryTiming {
  q: string;
  /** matching cases, from the status line (找到 N 件) */
  found: number;
  /** items visible in the list (the island shows one page of results) */
  hits: number;
  status: string;
  /** input handler (filter + DOM update), ms */
  sync: number[];
  /** input event to the next frame, ms */
  frame: number[];
}

interface PageResult {
  loadMs: number[];
  dclMs: number[];
  queries: QueryTiming[];
}

async function measurePage(browser: Browser, outDir: string): Promise<PageResult> {
  const server = await preview({ root: BUILD_ROOT, outDir, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const url = `http://127.0.0.1:${server.port}/cases/`;
  try {
    const loadMs: number[] = [];
    const dclMs: number[] = [];
    let queries: QueryTiming[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd > 0);
      const nav = await page.evaluate(() => {
        const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { load: e.loadEventEnd - e.startTime, dcl: e.domContentLoadedEventEnd - e.startTime };
      });
      loadMs.push(nav.load);
      dclMs.push(nav.dcl);
      if (errors.length) throw new Error(`/cases/ 页面脚本出错：${errors.join('; ')}`);
      if (i === 2) {
        // page.fill once per query: the real typing path, and the hit count for the report.
        const hits: { q: string; hits: number; status: string }[] = [];
        for (const q of QUERIES) {
          await page.fill('[data-case-filters] [name="q"]', q);
          hits.push({
            q,
            hits: await page.locator('[data-case-list] > li:not([hidden])').count(),
            status: (await page.textContent('[data-case-status]')) ?? '',
          });
          await page.fill('[data-case-filters] [name="q"]', '');
        }
        const timed = await page.evaluate(
          async ({ queries, repeats, budget }) => {
            const input = document.querySelector('[data-case-filters] [name="q"]') as HTMLInputElement;
            const fire = () => input.dispatchEvent(new Event('input', { bubbles: true }));
            const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const out: { q: string; sync: number[]; frame: number[] }[] = [];
            for (const q of queries) {
              const sync: number[] = [];
              const frame: number[] = [];
              const start = performance.now();
              for (let k = 0; k < repeats && (k < 3 || performance.now() - start < budget); k++) {
                input.value = '';
                fire();
                await nextFrame();
                input.value = q;
                const t0 = performance.now();
                fire();
                const t1 = performance.now();
                await nextFrame();
                sync.push(t1 - t0);
                frame.push(performance.now() - t0);
              }
              out.push({ q, sync, frame });
            }
            input.value = '';
            fire();
            return out;
          },
          { queries: QUERIES, repeats, budget: QUERY_BUDGET_MS },
        );
        queries = timed.map((t, k) => {
          const { hits: shown, status } = hits[k]!;
          const found = Number(/(?:找到|共) (\d+) 件/.exec(status)?.[1] ?? Number.NaN);
          return { ...t, found, hits: shown, status };
        });
      }
      await context.close();
    }
    return { loadMs, dclMs, queries };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// When a full build fails: /cases/ alone

/** Case pages a build log shows as written (Astro prints one line per page). */
function casePagesDone(logFile: string): number {
  return readFileSync(logFile, 'utf8').match(/├─ \/cases\/\d{4}\/[^/\s]+\/index\.html/g)?.length ?? 0;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** From the page's <h1> to the end of the case-data script: everything on /cases/ that depends on the cases. */
function casesRegion(html: string): { start: number; end: number } {
  const start = html.indexOf('<h1');
  const data = /<script type="application\/json" id="case-data">[\s\S]*?<\/script>/.exec(html);
  if (start === -1 || !data || data.index < start) throw new Error('/cases/ 页面结构与预期不同：找不到 <h1> 或 #case-data');
  return { start, end: data.index + data[0].length };
}

/**
 * /cases/ for a library too large to build whole: `astro dev` renders that one page, and its
 * case-dependent part (list, facets, charts, JSON data; byte-identical to what `astro build`
 * writes) replaces the same part of the shipped library's built page, in a copy of that build.
 * The result is served like any build, so its size, load and filter times compare with the rows
 * that built normally. Returns the spliced outDir.
 */
async function pageOnly(casesDir: string, referenceDist: string, tmp: string): Promise<{ outDir: string; renderS: number }> {
  const outDir = join(tmp, 'page-only');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(referenceDist, outDir, { recursive: true });
  const port = await freePort();
  const logFile = join(tmp, 'dev.log');
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: buildEnv(casesDir),
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  running = child;
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    const t0 = performance.now();
    let html: string | null = null;
    while (html === null) {
      if (exited) throw new Error(`astro dev 退出：${readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' | ')}`);
      if (performance.now() - t0 > AUX_TIMEOUT) throw new Error('astro dev 未能在时限内渲染 /cases/');
      const res = await fetch(`http://127.0.0.1:${port}/cases/`).catch(() => null);
      if (res?.ok) html = await res.text();
      else await new Promise((r) => setTimeout(r, 1000));
    }
    const renderS = (performance.now() - t0) / 1000;
    const target = join(outDir, 'cases', 'index.html');
    const prod = readFileSync(target, 'utf8');
    const a = casesRegion(prod);
    const b = casesRegion(html);
    writeFileSync(target, prod.slice(0, a.start) + html.slice(b.start, b.end) + prod.slice(a.end));
    return { outDir, renderS };
  } finally {
    closeSync(fd);
    running = null;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run

interface Row {
  label: string;
  cases: number | null;
  generateS: number | null;
  builds: RunResult[];
  pages: number | null;
  html: { raw: number; gz: number } | null;
  js: { raw: number; gz: number } | null;
  data: { raw: number; gz: number } | null;
  page: PageResult | null;
  /** true when /cases/ was measured without a full build (see pageOnly) */
  pageOnly: boolean;
  note: string;
}

const shippedCount = countFiles(SHIPPED_DIR, (n) => n.endsWith('.mdx'));
const rows: Row[] = [];
let browser: Browser | null = null;
/** A build of the shipped library, kept for pageOnly(). */
let referenceDist: string | null = null;

async function cleanup(): Promise<void> {
  if (browser) await browser.close().catch(() => {});
  browser = null;
  if (values.keep) {
    if (tempDirs.length) log(`kept: ${tempDirs.join(' ')}`);
  } else {
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  }
}

// Stopped from outside (Ctrl-C, or a SIGTERM from another process): stop the child, clean up and
// still print what was measured.
let stopping = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping, cleaning up and printing the rows measured so far`);
    if (running?.pid) {
      try {
        process.kill(-running.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    void cleanup()
      .catch((e: unknown) => log(`cleanup failed: ${(e as Error).message}`))
      .then(() => {
        console.log(report(`stopped by ${signal}`));
        process.exit(code);
      });
  });
}

try {
  for (const size of sizes) {
    if (stopping) break;
    const tmp = mkdtempSync(join(tmpdir(), `bench-cases-${size}-`));
    tempDirs.push(tmp);
    const outDir = join(tmp, 'dist');
    const row: Row = {
      label:
        size === 0
          ? `${shippedCount} (shipped)`
          : `${(size + shippedCount).toLocaleString('en')} (${size.toLocaleString('en')} generated + ${shippedCount})`,
      cases: null,
      generateS: null,
      builds: [],
      pages: null,
      html: null,
      js: null,
      data: null,
      page: null,
      pageOnly: false,
      note: '',
    };
    rows.push(row);

    let casesDir: string | null = null;
    if (size > 0) {
      casesDir = join(tmp, 'cases');
      cpSync(SHIPPED_DIR, casesDir, { recursive: true });
      log(`${row.label}: generating ${size} cases into ${casesDir}`);
      const gen = await runNode(
        [join(ROOT, 'scripts/bench/generate-cases.ts'), '--count', String(size), '--out', casesDir, '--seed', values.seed, '--quiet'],
        buildEnv(null),
        join(tmp, 'generate.log'),
        AUX_TIMEOUT,
      );
      if (!gen.ok) {
        row.note = `generator failed (${gen.reason}): ${readFileSync(join(tmp, 'generate.log'), 'utf8').trim().split('\n').slice(-5).join(' | ')}`;
        log(row.note);
        continue;
      }
      row.generateS = gen.seconds;
    }

    const runs = size === 0 ? shippedRuns : largeRuns;
    for (let i = 0; i < runs; i++) {
      const logFile = join(tmp, `build-${i + 1}.log`);
      log(`${row.label}: clean build ${i + 1}/${runs} (log: ${logFile})`);
      const r = await cleanBuild(outDir, casesDir, logFile);
      if (stopping) break;
      row.builds.push(r);
      log(
        `  ${r.ok ? 'ok' : `FAILED (${r.reason})`} in ${r.seconds.toFixed(1)} s${r.peakMiB === null ? '' : `, peak RSS ${r.peakMiB.toFixed(0)} MiB`}`,
      );
      if (!r.ok) {
        const kept = join(tmpdir(), `bench-cases-${size}-failed-build.log`);
        copyFileSync(logFile, kept);
        const done = casePagesDone(logFile);
        row.note = `build failed (${r.reason}) after ${r.seconds.toFixed(0)} s with ${done.toLocaleString('en')} of ${(shippedCount + size).toLocaleString('en')} case pages written; log kept in ${kept}.`;
        log(row.note);
        console.error(readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n'));
        break;
      }
    }

    if (stopping) break;
    let measuredDir = outDir;
    if (row.builds.some((b) => !b.ok)) {
      if (!casesDir) continue;
      rmSync(outDir, { recursive: true, force: true });
      try {
        if (!referenceDist) {
          referenceDist = join(tmp, 'reference');
          log(`${row.label}: building the shipped library as the reference for a page-only measurement`);
          const ref = await cleanBuild(referenceDist, null, join(tmp, 'reference.log'), AUX_TIMEOUT);
          if (!ref.ok) throw new Error(`reference build failed (${ref.reason})`);
        }
        log(`${row.label}: rendering /cases/ alone with astro dev and splicing it into the shipped build`);
        const po = await pageOnly(casesDir, referenceDist, tmp);
        measuredDir = po.outDir;
        row.pageOnly = true;
        row.note += ` Page-only measurement: /cases/ rendered by \`astro dev\` in ${po.renderS.toFixed(0)} s (start-up and content sync included) and spliced into the shipped library's built page.`;
      } catch (e) {
        row.note += ` Page-only measurement failed: ${(e as Error).message}`;
        continue;
      }
    }

    const html = join(measuredDir, 'cases', 'index.html');
    const htmlBytes = readFileSync(html);
    row.cases = Number(/共 (\d+) 件/.exec(htmlBytes.toString())?.[1] ?? Number.NaN);
    if (row.cases !== shippedCount + size) row.note = `expected ${shippedCount + size} cases on /cases/, page says ${row.cases}`;
    if (!row.pageOnly) row.pages = countFiles(outDir, (n) => n.endsWith('.html'));
    row.html = { raw: htmlBytes.length, gz: gzipSync(htmlBytes).length };
    const parts = pageScripts(measuredDir, html, '/');
    row.js = total(parts.filter((p) => p.kind !== 'data'));
    row.data = total(parts.filter((p) => p.kind === 'data'));

    log(`${row.label}: /cases/ in Chromium (${repeats} × ${QUERIES.length} queries)`);
    browser ??= await launchChromium();
    row.page = await measurePage(browser, measuredDir);
    log(`done: ${tableRow(row)}`);
    if (size === 0 && !referenceDist)
      referenceDist = outDir; // small; kept for pageOnly()
    else rmSync(measuredDir, { recursive: true, force: true }); // 10,000 pages take room; the numbers are taken
  }
} catch (e) {
  if (!stopping) throw e;
  await new Promise(() => {}); // the signal handler cleans up, reports and exits
} finally {
  if (!stopping) await cleanup();
}
if (!stopping) {
  console.log(report());
  if (rows.some((r) => r.builds.some((b) => !b.ok) || r.note.startsWith('generator'))) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// Report

function tableRow(r: Row): string {
  const ok = r.builds.filter((b) => b.ok);
  const build =
    r.builds.length === 0
      ? '—'
      : ok.length === r.builds.length
        ? `${median(ok.map((b) => b.seconds)).toFixed(1)}${ok.length > 1 ? ` (${ok.map((b) => b.seconds.toFixed(1)).join(', ')})` : ''}`
        : `failed after ${r.builds.at(-1)!.seconds.toFixed(0)} s: ${r.builds.at(-1)!.reason}`;
  const rss = r.builds.some((b) => b.peakMiB !== null) ? `${Math.max(...r.builds.map((b) => b.peakMiB ?? 0)).toFixed(0)} MiB` : '—';
  const all = r.page?.queries ?? [];
  const sync = all.flatMap((q) => q.sync);
  const frame = all.flatMap((q) => q.frame);
  const cells = [
    r.pageOnly ? `${r.label} ᵖ` : r.label,
    build,
    rss,
    r.pages === null ? '—' : r.pages.toLocaleString('en'),
    r.html ? `${kib(r.html.raw)} / ${kib(r.html.gz)}` : '—',
    r.js ? `${kib(r.js.gz)} (${kib(r.js.raw)})` : '—',
    r.data ? `${kib(r.data.gz)} (${kib(r.data.raw)})` : '—',
    sync.length ? `${ms(median(sync))} / ${ms(Math.max(...sync))}` : '—',
    frame.length ? `${ms(median(frame))} / ${ms(Math.max(...frame))}` : '—',
    r.page ? `${ms(median(r.page.loadMs))} (${r.page.loadMs.map(ms).join(', ')})` : '—',
    r.page ? ms(median(r.page.dclMs)) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function report(stopped?: string): string {
  const cpu = cpus();
  const heapGiB = getHeapStatistics().heap_size_limit / 2 ** 30;
  const command = `node ${relative(ROOT, process.argv[1]!)} ${process.argv.slice(2).join(' ')}`.trim();
  const out: string[] = [];
  out.push('## Case library at scale');
  out.push('');
  if (stopped) out.push(`**Incomplete: ${stopped}.**`, '');
  out.push(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version} (V8 heap limit ${heapGiB.toFixed(1)} GiB${process.env['NODE_OPTIONS'] ? `, NODE_OPTIONS=${process.env['NODE_OPTIONS']}` : ''}); 1-min load average ${LOAD_AT_START.toFixed(1)} at the start, up to ${loadMax.toFixed(1)} during the run (2 cores: above 2 means other work competed).`,
  );
  out.push(`Command: \`${command}\` (from the repository root; builds run in a private copy of the project).`);
  out.push(
    `Build: clean \`astro build --outDir <tmp>\` with node_modules/.astro removed first; median of ${shippedRuns} for the shipped library, ${largeRuns === 1 ? '1 run' : `median of ${largeRuns}`} for generated sizes. Filter: up to ${repeats} runs per query (fewer once a query has used ${QUERY_BUDGET_MS / 1000} s, but at least 3 unless --repeats is lower), each from an empty box; “handler” is performance.now() around the input event (filter + DOM update, synchronous), “to frame” runs until the next frame (adds style, layout, paint). Load: 3 fresh page loads, navigation start to the end of the load event.`,
  );
  out.push('');
  out.push(
    '| cases | build (s) | build peak RSS | HTML pages | /cases/ HTML raw / gz | JS gz (raw) | data gz (raw) | filter handler median / max (ms) | filter to frame median / max (ms) | load (ms) | DOMContentLoaded (ms) |',
  );
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) out.push(tableRow(r));
  out.push('');
  out.push('Per query: cases found (items shown); handler median / max; to frame median / max (ms); runs:');
  out.push('');
  out.push(`| cases | ${QUERIES.map((q) => `“${q}”`).join(' | ')} |`);
  out.push(`| --- | ${QUERIES.map(() => '---').join(' | ')} |`);
  for (const r of rows) {
    if (!r.page) continue;
    const cells = r.page.queries.map(
      (q) =>
        `${q.found} found (${q.hits} shown); ${ms(median(q.sync))} / ${ms(Math.max(...q.sync))}; frame ${ms(median(q.frame))} / ${ms(Math.max(...q.frame))}; ×${q.sync.length}`,
    );
    out.push(`| ${r.pageOnly ? `${r.label} ᵖ` : r.label} | ${cells.join(' | ')} |`);
  }
  const notes = rows.filter((r) => r.note || r.generateS !== null);
  if (notes.length) {
    out.push('');
    if (rows.some((r) => r.pageOnly)) out.push('ᵖ full build failed; /cases/ measured page-only (see notes).');
    for (const r of notes)
      out.push(`- ${r.label}:${r.generateS !== null ? ` generated in ${r.generateS.toFixed(1)} s.` : ''}${r.note ? ` ${r.note}` : ''}`);
  }
  return out.join('\n');
}
