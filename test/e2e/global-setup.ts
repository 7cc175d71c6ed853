/**
 * Serves the built site twice with `astro preview`: dist/ at the root (built by `npm run build`
 * before the e2e run) and a second build with BASE_PATH=/tiaojie/ to prove sub-path serving.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

export const SUBPATH = '/tiaojie/';
/** The public address the sub-path copy is built for (only its sitemap and feeds show it). */
export const SUBPATH_SITE = 'https://kb.example.org';

export default async function setup(project: TestProject) {
  findChromium(); // fail first, with instructions, if there is no browser
  if (!existsSync('dist/index.html')) throw new Error('dist/ 不存在：请先运行 npm run build（npm test 会自动构建）。');
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build would
  // take BASE_URL=/ from there and ignore the base, so they are left out.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-subpath'], {
    // With a public address, so this copy also has a sitemap (robots.txt names it); nginx.test.ts checks both.
    env: { ...env, BASE_PATH: SUBPATH, SITE_URL: SUBPATH_SITE, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  const root = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const sub = await preview({
    root: process.cwd(),
    logLevel: 'error',
    base: SUBPATH,
    outDir: './dist-subpath',
    server: { port: 0, host: '127.0.0.1' },
  });
  project.provide('baseUrl', `http://127.0.0.1:${root.port}/`);
  project.provide('subpathUrl', `http://127.0.0.1:${sub.port}${SUBPATH}`);
  return async () => {
    await root.stop();
    await sub.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subpathUrl: string;
  }
}
