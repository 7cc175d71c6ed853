#!/usr/bin/env node
/**
 * The case library at scale (issue 17): the five figures of the issue's table, in one run, for the
 * shipped library and for it plus N generated cases, with each figure's ratio to the shipped site.
 *
 *   npm run bench:cases [-- --sizes 0,1000,10000] [--runs 3] [--large-runs 1] [--repeats 5] [--keep]
 *
 * For every size: 0 is the shipped library as it is; N copies src/content/cases into a temporary
 * directory, adds N synthetic cases (scripts/bench/generate-cases.ts) and builds with CASES_DIR pointing
 * there. Each build is a clean `astro build --outDir <tmp>` (node_modules/.astro removed first),
 * timed as a whole (median of --runs for the shipped library, --large-runs, default 1, otherwise).
 * The built site is then served with `astro preview` and measured in Chromium:
 *   1. /cases/ transfer on arrival: every response the page loads until the network is idle (HTML,
 *      JS, CSS, data), each gzipped here at level 6 (recordTransfers in case-filter.ts); a filter
 *      index the page fetches only on first use is not part of it.
 *   2. first search query, all bytes: the search page, Pagefind runtime, index and fragments for the
 *      first query of the query set, cold cache (measureSearch in search.ts).
 *   3. hit@3 on test/fixtures/search-queries.tsv (same run).
 *   4. clean build time, and 10k/1k when both sizes run.
 *   5. keyword filter, input → next frame, per query, with the case index loaded (timeQueries in
 *      case-filter.ts; the last query matches nothing, so it runs the fuzzy pass).
 * Every finished size is printed at once (stderr); Ctrl-C or a SIGTERM stops the run, cleans up
 * and prints the rows measured so far.
 *
 * Builds run in a private copy of the project (BUILD ROOT below): src/, public/ and the config files
 * copied to a temporary directory at the start, node_modules linked package by package. Astro's
 * caches then live in that copy: other builds in the repository cannot break a run, a run cannot
 * break them, no generated case is ever cached inside the repository, and edits made to the working
 * tree during a run do not change what is measured.
 *
 * Other options: --seed (generator seed, default 1), --timeout-min (per build, default 25).
 * Temporary directories (the copy included) are removed at the end unless --keep.
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
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import type { Browser } from 'playwright-core';
import { launchStandaloneChromium } from '../../test/e2e/chromium.ts';
import { QUERIES, recordTransfers, timeQueries, waitForCaseIndex, type QueryTiming, type Transfer } from './case-filter.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,1000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '1' },
    repeats: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'timeout-min': { type: 'string', default: '25' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
});
if (values.help) {
  console.log(
    '用法：npm run bench:cases [-- --sizes 0,1000,10000] [--runs 3] [--large-runs 1] [--repeats 5] [--seed 1] [--timeout-min 25] [--keep]',
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
const repeats = Math.max(1, Number(values.repeats) || 5);
const timeoutMs = (Number(values['timeout-min']) || 25) * 60_000;
/** for the generator */
const AUX_TIMEOUT = 10 * 60_000;
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

interface PageFigures {
  /** /cases/ on arrival, every response until the network is idle */
  arrival: Transfer;
  /** gzipped bytes of the arrival by kind */
  arrivalKinds: Record<'html' | 'js' | 'css' | 'data', number>;
  /** keyword filter per query, index loaded */
  filter: QueryTiming[];
  search: SearchFigures;
}

const kindOf = (path: string): keyof PageFigures['arrivalKinds'] =>
  /\.m?js$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : /(\/|\.html)$/.test(path) ? 'html' : 'data';

async function measureSite(browser: Browser, outDir: string): Promise<PageFigures> {
  const server = await preview({ root: BUILD_ROOT, outDir, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const origin = `http://127.0.0.1:${server.port}`;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const transfers = recordTransfers(page);
    await page.goto(`${origin}/cases/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const arrival = await transfers.take();
    const arrivalKinds = { html: 0, js: 0, css: 0, data: 0 };
    // recordTransfers keeps the files, not each one's size: take them again one by one.
    for (const path of arrival.files) {
      const res = await context.request.get(`${origin}${path}`);
      arrivalKinds[kindOf(path)] += gzipLength(await res.body());
    }
    if (errors.length) throw new Error(`/cases/ 页面脚本出错：${errors.join('; ')}`);
    // A case list that loads its filter index on first use (issue 17, part A) is timed with the
    // index in, as a reader typing a second word would meet it; the list before part A has it inline.
    if ((await page.locator('[data-case-browser]').count()) > 0) await waitForCaseIndex(page);
    const filter = await timeQueries(page, QUERIES, repeats);
    await context.close();
    log('  search: the query set through /search/');
    const search = await measureSearch(browser, origin, outDir);
    return { arrival, arrivalKinds, filter, search };
  } finally {
    await server.stop();
  }
}

function gzipLength(b: Buffer): number {
  return gzipSync(b, { level: 6 }).length;
}

// ---------------------------------------------------------------------------------------------
// The run

interface Row {
  size: number;
  label: string;
  generateS: number | null;
  builds: RunResult[];
  pages: number | null;
  site: PageFigures | null;
  note: string;
}

const shippedCount = countFiles(SHIPPED_DIR, (n) => n.endsWith('.mdx'));
const rows: Row[] = [];
let browser: Browser | null = null;

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
      size,
      label:
        size === 0
          ? `${shippedCount} (shipped)`
          : `${(size + shippedCount).toLocaleString('en')} (${size.toLocaleString('en')} generated + ${shippedCount})`,
      generateS: null,
      builds: [],
      pages: null,
      site: null,
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
        row.note = `build failed (${r.reason}) after ${r.seconds.toFixed(0)} s; log kept in ${kept}.`;
        log(row.note);
        console.error(readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n'));
        break;
      }
    }
    if (stopping) break;
    if (row.builds.some((b) => !b.ok)) continue;

    row.pages = countFiles(outDir, (n) => n.endsWith('.html'));
    log(`${row.label}: /cases/ and /search/ in Chromium`);
    browser ??= await launchStandaloneChromium();
    row.site = await measureSite(browser, outDir);
    log(`done: ${row.label}\n${figureLines(row).join('\n')}`);
    rmSync(outDir, { recursive: true, force: true }); // 10,000 pages take room; the numbers are taken
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

// Function declarations (hoisted): the run above calls them before this point.
function buildSeconds(r: Row | undefined): number {
  const ok = r?.builds.filter((b) => b.ok) ?? [];
  return ok.length && ok.length === r!.builds.length ? median(ok.map((b) => b.seconds)) : Number.NaN;
}
/** The slowest query's median, input → next frame */
function filterFrame(r: Row): number {
  return Math.max(...(r.site?.filter ?? []).map((q) => median(q.frame)));
}
function arrivalGz(r: Row): number {
  return r.site ? r.site.arrivalKinds.html + r.site.arrivalKinds.js + r.site.arrivalKinds.data : Number.NaN;
}

/** The five figures of issue 17, one line each, for the per-size log. */
function figureLines(r: Row): string[] {
  const s = r.site;
  if (!s) return [`  ${r.note || 'not measured'}`];
  return [
    `  /cases/ on arrival: ${kib(arrivalGz(r))} gzipped HTML + JS + data (+ ${kib(s.arrivalKinds.css)} CSS), ${s.arrival.requests} requests`,
    `  first search query: ${s.search.firstQueryBytes.toLocaleString('en')} B; hit@3 ${s.search.hit3.toFixed(3)}`,
    `  build: ${buildSeconds(r).toFixed(1)} s`,
    `  keyword filter → next frame (slowest query median): ${ms(filterFrame(r))} ms`,
  ];
}

function report(stopped?: string): string {
  const cpu = cpus();
  const heapGiB = getHeapStatistics().heap_size_limit / 2 ** 30;
  const command = `node ${relative(ROOT, process.argv[1]!)} ${process.argv.slice(2).join(' ')}`.trim();
  const shipped = rows.find((r) => r.size === 0 && r.site);
  const ratio = (x: number, base: number | undefined) =>
    base === undefined || !Number.isFinite(base) || !Number.isFinite(x) || base === 0 ? '' : ` (×${(x / base).toFixed(2)})`;
  const measured = rows.filter((r) => r.site);
  const out: string[] = [];
  out.push('## Case library at scale (issue 17)');
  out.push('');
  if (stopped) out.push(`**Incomplete: ${stopped}.**`, '');
  out.push(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version} (V8 heap limit ${heapGiB.toFixed(1)} GiB${process.env['NODE_OPTIONS'] ? `, NODE_OPTIONS=${process.env['NODE_OPTIONS']}` : ''}); 1-min load average ${LOAD_AT_START.toFixed(1)} at the start, up to ${loadMax.toFixed(1)} during the run (2 cores: above 2 means other work competed).`,
  );
  out.push(`Command: \`${command}\` (from the repository root; builds run in a private copy of the project).`);
  out.push(
    `Build: clean \`astro build --outDir <tmp>\` (node_modules/.astro removed first, search index included); median of ${shippedRuns} for the shipped library, ${largeRuns === 1 ? '1 run' : `median of ${largeRuns}`} for generated sizes. Bytes gzipped at level 6 (transfer) or as sent by \`astro preview\` (search: bodies + headers). Ratios (×) are to the shipped library in the same run.`,
  );
  out.push('');
  out.push(`| figure | goal at 10,000 | ${measured.map((r) => r.label).join(' | ')} |`);
  out.push(`| --- | --- | ${measured.map(() => '---').join(' | ')} |`);
  const line = (name: string, goal: string, cell: (r: Row) => string) =>
    out.push(`| ${name} | ${goal} | ${measured.map(cell).join(' | ')} |`);
  line(
    '/cases/ transfer on arrival, HTML + JS + data, gzipped',
    '≤ 200 kB',
    (r) => `${kib(arrivalGz(r))}${ratio(arrivalGz(r), shipped && arrivalGz(shipped))}`,
  );
  line(
    'first search query, all bytes',
    '≤ 300 kB',
    (r) =>
      `${r.site!.search.firstQueryBytes.toLocaleString('en')} B${ratio(r.site!.search.firstQueryBytes, shipped?.site?.search.firstQueryBytes)}`,
  );
  line(`search hit@3 (${measured[0]?.site?.search.queries ?? '?'} queries)`, '≥ 0.95', (r) => r.site!.search.hit3.toFixed(3));
  line('clean build', '≤ 4 min; 10k/1k ≤ 11×', (r) => `${buildSeconds(r).toFixed(1)} s${ratio(buildSeconds(r), buildSeconds(shipped))}`);
  line('keyword filter, input → next frame (slowest query, median)', '≤ 50 ms, fuzzy included', (r) => `${ms(filterFrame(r))} ms`);
  const b1 = buildSeconds(rows.find((r) => r.size === 1000));
  const b10 = buildSeconds(rows.find((r) => r.size === 10000));
  if (Number.isFinite(b1) && Number.isFinite(b10))
    out.push('', `Build 10k/1k: ${(b10 / b1).toFixed(2)}× (${b10.toFixed(1)} s / ${b1.toFixed(1)} s).`);
  out.push('');
  out.push('Details per size:');
  out.push('');
  for (const r of rows) {
    const s = r.site;
    const rss = r.builds.some((b) => b.peakMiB !== null) ? `${Math.max(...r.builds.map((b) => b.peakMiB ?? 0)).toFixed(0)} MiB` : '—';
    out.push(
      `- ${r.label}: ${r.pages === null ? '' : `${r.pages.toLocaleString('en')} HTML pages; `}builds ${r.builds.map((b) => `${b.seconds.toFixed(1)} s${b.ok ? '' : ` (${b.reason})`}`).join(', ') || '—'}, peak RSS ${rss}${r.generateS !== null ? `; generated in ${r.generateS.toFixed(1)} s` : ''}.${r.note ? ` ${r.note}` : ''}`,
    );
    if (!s) continue;
    const k = s.arrivalKinds;
    out.push(
      `  - /cases/ arrival: ${s.arrival.requests} requests, ${kib(s.arrival.gz)} gzipped in all (HTML ${kib(k.html)}, JS ${kib(k.js)}, data ${kib(k.data)}, CSS ${kib(k.css)}); ${kib(s.arrival.raw)} raw.`,
    );
    out.push(
      `  - search: hit@1 ${s.search.hit1.toFixed(3)}, hit@3 ${s.search.hit3.toFixed(3)}, MRR ${s.search.mrr.toFixed(3)}; later query ${s.search.laterQueryBytes.toLocaleString('en')} B (median, cache warm); latency median ${ms(s.search.latencyMedianMs)} ms, p95 ${ms(s.search.latencyP95Ms)} ms; index ${kib(s.search.index.bytes)} in ${s.search.index.files.toLocaleString('en')} files. Misses: ${s.search.misses.join('；') || 'none'}.`,
    );
    out.push(
      `  - keyword filter (handler / to next frame, median of ${repeats}): ${s.filter.map((q) => `“${q.q}” ${ms(median(q.sync))} / ${ms(median(q.frame))} ms (${q.status.trim()})`).join('; ')}.`,
    );
  }
  return out.join('\n');
}
