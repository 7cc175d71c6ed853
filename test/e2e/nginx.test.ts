/**
 * The built site served by nginx with deploy/nginx.conf, as an administrator would deploy it: at the
 * root (dist/) and under a sub-path (dist-subpath/ at /tiaojie/). Only the listen port, the root
 * directory and the 404 page's path are substituted; every other line is the shipped file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CSP_HEADER } from '../../src/lib/security/csp.ts';
import { launchChromium } from './chromium.ts';
import { crawl, missingAnchors, oneOfEachKind, type Crawl } from './crawl.ts';
import { SUBPATH, SUBPATH_SITE } from './global-setup.ts';
import { openPage, watchCsp } from './helpers.ts';

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

function findNginx(): string {
  const found = NGINX_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('找不到 nginx，无法运行 nginx 部署测试。请安装：sudo apt-get install nginx（.ci/run 会自动安装）。');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

function waitForPort(port: number, log: string): Promise<void> {
  return new Promise((done, fail) => {
    const deadline = Date.now() + 15_000;
    const attempt = () => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        done();
      });
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx 未能启动：\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** deploy/nginx.conf with the three lines an administrator edits set for this test. */
function siteConfig(port: number, root: string, base: string): string {
  let conf = readFileSync('deploy/nginx.conf', 'utf8');
  const set = (pattern: RegExp, line: string) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf 中找不到 ${pattern}：测试无法替换这一行。`);
    conf = conf.replace(pattern, line);
  };
  set(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  set(/^(\s*)listen \[::\]:80;$/m, '');
  set(/^(\s*)root \/var\/www\/mediation-kb;$/m, `$1root ${root};`);
  set(/^(\s*)error_page 404 \/404\.html;$/m, `$1error_page 404 ${base}404.html;`);
  return conf;
}

interface Server {
  url: string;
  process: ChildProcess;
  dir: string;
}

/** Starts one nginx (master in the foreground) for one copy of the site. */
async function startNginx(dist: string, base: string): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'mediation-kb-nginx-'));
  // nginx's workers may run as another user (nobody) and must be able to reach the files.
  chmodSync(dir, 0o755);
  let root = resolve(dist);
  if (base !== '/') {
    root = join(dir, 'www');
    mkdirSync(root);
    symlinkSync(resolve(dist), join(root, base.replace(/^\/|\/$/g, '')));
  }
  const port = await freePort();
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root, base));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  ${mime}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const proc = spawn(findNginx(), ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitForPort(port, join(dir, 'error.log'));
  return { url: `http://127.0.0.1:${port}${base}`, process: proc, dir };
}

async function stopNginx(server: Server | undefined): Promise<void> {
  if (!server) return;
  const exited = new Promise((done) => server.process.once('exit', done));
  server.process.kill('SIGQUIT');
  await exited;
  rmSync(server.dir, { recursive: true, force: true });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET (no automatic decompression), so Content-Encoding can be checked. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

const asset = (dist: string, pattern: RegExp): string => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const m = html.match(pattern);
  if (!m) throw new Error(`no ${pattern} in ${dist}/index.html`);
  return m[1]!;
};

let root: Server;
let sub: Server;
let browser: Browser;
beforeAll(async () => {
  root = await startNginx('dist', '/');
  sub = await startNginx('dist-subpath', SUBPATH);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stopNginx(root);
  await stopNginx(sub);
});

describe('nginx with deploy/nginx.conf', () => {
  it('sends the security headers on pages, files and errors', async () => {
    for (const url of [root.url, `${root.url}no-such-page/`, `${sub.url}regulations/`, `${sub.url}favicon.svg`]) {
      const { headers } = await get(url);
      expect(headers['content-security-policy'], url).toBe(CSP_HEADER);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('same-origin');
      expect(headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('caches hashed files for a year and revalidates HTML and unhashed files', async () => {
    const css = asset('dist', /href="\/(_astro\/[^"]+\.css)"/);
    const js = asset('dist', /src="\/(_astro\/[^"]+\.js)"/);
    const fragment = readdirSync('dist/pagefind/fragment')[0]!;
    const year = 'public, max-age=31536000, immutable';
    for (const path of [css, js, `pagefind/fragment/${fragment}`]) {
      expect((await get(`${root.url}${path}`)).headers['cache-control'], path).toBe(year);
    }
    for (const path of ['', 'regulations/', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'theme-init.js', 'robots.txt']) {
      const answer = await get(`${root.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get(`${sub.url}${css}`)).headers['cache-control']).toBe(year);
  });

  it('compresses HTML, CSS and JavaScript for browsers that accept gzip', async () => {
    const css = asset('dist', /href="\/(_astro\/[^"]+\.css)"/);
    for (const path of ['regulations/fangdiao-lhasa-2019/', css, 'search/fallback.json']) {
      const answer = await get(`${root.url}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(answer.headers['content-encoding'], path).toBe('gzip');
    }
  });

  it('answers an unknown address with 404 and the site’s Chinese 404 page, at the root and under the sub-path', async () => {
    for (const url of [`${root.url}no-such-page/`, `${sub.url}regulations/no-such-document/`, `${sub.url}nothing.html`]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).toContain('找不到这个页面');
    }
    const { page, context } = await openPage(browser);
    await page.goto(`${sub.url}regulations/no-such-document/`);
    expect(await page.locator('h1').innerText()).toBe('找不到这个页面');
    const sections = await page.locator('main ul a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(sections).toContain(`${SUBPATH}regulations/`);
    expect(sections).toContain(`${SUBPATH}cases/`);
    // Its stylesheet loads from the sub-path although the address is one level deeper.
    // (without the site's stylesheet the body would be transparent)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
    await page.locator('#notfound-q').fill('访调对接');
    await page.locator('#notfound-q').press('Enter');
    await page.waitForURL(/\/tiaojie\/search\/\?q=/);
    await context.close();
  });

  it('redirects a directory without its slash on the same host and port', async () => {
    const answer = await get(`${sub.url}cases`);
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(`${SUBPATH}cases/`);
  });

  it('serves robots.txt and a sitemap of the sub-path copy with addresses under the sub-path', async () => {
    const robots = await get(`${sub.url}robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.body).toContain(`Sitemap: ${SUBPATH_SITE}${SUBPATH}sitemap-index.xml`);
    const index = await get(`${sub.url}sitemap-index.xml`);
    expect(index.status).toBe(200);
    const child = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(child.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const loc of child) {
      expect(loc.startsWith(`${SUBPATH_SITE}${SUBPATH}`)).toBe(true);
      const body = (await get(`${sub.url}${loc.slice(`${SUBPATH_SITE}${SUBPATH}`.length)}`)).body;
      locs.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(locs).toContain(`${SUBPATH_SITE}${SUBPATH}regulations/fangdiao-lhasa-2019/`);
    expect(locs.every((l) => l.startsWith(`${SUBPATH_SITE}${SUBPATH}`))).toBe(true);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    // The root copy has no public address configured: robots.txt without a sitemap line.
    const rootRobots = await get(`${root.url}robots.txt`);
    expect(rootRobots.body).toBe('User-agent: *\nAllow: /\n');
  });

  it('searches with Pagefind (WebAssembly under the header policy)', async () => {
    const { page, context, errors } = await openPage(browser);
    const violations = await watchCsp(context, page);
    await page.goto(`${sub.url}search/?q=${encodeURIComponent('访调对接')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Every page, parsed without a browser (crawl.ts): statuses, anchors and links are in the HTML.
  let crawled: Promise<Crawl> | undefined;
  const subpathSite = () => (crawled ??= crawl(sub.url));

  it('passes the link crawl under the sub-path: every page and resource answers 200, every anchor exists', async () => {
    const site = await subpathSite();
    expect(site.failed).toEqual([]);
    expect(site.outsideBase).toEqual([]);
    expect(site.foreignResources).toEqual([]);
    expect(missingAnchors(site)).toEqual([]);
    expect(site.pages.size).toBeGreaterThanOrEqual(12);
  });

  it('runs one page of each kind under the header policy: no violation, no error, nothing from another host', async () => {
    const site = await subpathSite();
    const { page, context, errors, foreign } = await openPage(browser, { siteUrl: sub.url });
    const violations = await watchCsp(context, page);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    const visited = oneOfEachKind(site.pages.keys(), sub.url);
    for (const url of visited) {
      const res = await page.goto(url, { waitUntil: 'load' });
      expect(res?.status(), url).toBe(200);
    }
    expect(visited.length).toBeGreaterThanOrEqual(10);
    expect(failed).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
