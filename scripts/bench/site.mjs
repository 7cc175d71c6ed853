#!/usr/bin/env node
/**
 * Site benchmark: build time (median of N clean builds), JavaScript a page ships (gzipped),
 * and the HTML size of the largest regulation page. Usage: npm run bench:site [-- --runs 3]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts, total } from './page-weight.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const astro = ['node_modules/astro/bin/astro.mjs', 'build'];

const times = [];
for (let i = 0; i < runs; i++) {
  rmSync('dist', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const t0 = performance.now();
  execFileSync(process.execPath, astro, { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

const regDir = 'dist/regulations';
const regPages = readdirSync(regDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(regDir, d.name, 'index.html'));
const largest = regPages.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size)[0];
const js = total(pageScripts('dist', largest.f));

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`build (clean, ${runs} runs): ${times.map((t) => t.toFixed(2)).join(' s, ')} s; median ${median.toFixed(2)} s`);
console.log(
  `largest regulation page: ${largest.f} ${(largest.size / 1024).toFixed(1)} KiB HTML (${(gzipSync(readFileSync(largest.f)).length / 1024).toFixed(1)} KiB gzipped)`,
);
console.log(`JavaScript on that page: ${js.raw} B raw, ${js.gz} B gzipped`);
// What other pages ship on arrival: scripts, their chunks and inline JSON data (raw / gzipped).
for (const page of [
  'index.html',
  'tools/deadline/index.html',
  'tools/scope/index.html',
  'cases/index.html',
  'search/index.html',
  'study/index.html',
]) {
  const parts = pageScripts('dist', join('dist', page));
  const code = total(parts.filter((p) => p.kind !== 'data'));
  const data = total(parts.filter((p) => p.kind === 'data'));
  console.log(
    `  /${page.replace(/index\.html$/, '')}: JS ${code.raw} B raw / ${code.gz} B gz; embedded data ${data.raw} B raw / ${data.gz} B gz`,
  );
}
