/**
 * Crawls the whole site built with a sub-path base (/tiaojie/). Links, anchors and the resources
 * a page names are in its HTML, so every page is fetched and parsed without a browser: every
 * internal link and fragment resolves, nothing points outside the base path or to another host.
 * What only a running page shows (requests made by its scripts, uncaught errors) is checked in
 * Chromium on one page of each kind.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openPage, subpathUrl } from './helpers.ts';

interface Crawl {
  pages: Map<string, Set<string>>;
  fragments: { page: string; href: string }[];
  outsideBase: string[];
  foreignResources: string[];
  failed: string[];
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of a parsed page, in document order. */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children =
    'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** The URL an element loads (not a link a reader may follow), if any. */
function resourceOf(el: Element): string | undefined {
  if (el.tagName === 'link') return /\b(alternate|canonical)\b/.test(attr(el, 'rel') ?? '') ? undefined : attr(el, 'href');
  if (el.tagName === 'object') return attr(el, 'data');
  return ['script', 'img', 'iframe', 'source', 'video', 'audio'].includes(el.tagName) ? attr(el, 'src') : undefined;
}

async function crawl(start: string): Promise<Crawl> {
  const root = new URL(start);
  const result: Crawl = { pages: new Map(), fragments: [], outsideBase: [], foreignResources: [], failed: [] };
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      result.failed.push(`${res.status} ${url}`);
      continue;
    }
    const all = [...elements(parse(await res.text()))];
    result.pages.set(url, new Set(all.flatMap((el) => attr(el, 'id') ?? [])));
    for (const el of all) {
      const ref = resourceOf(el);
      if (ref === undefined) continue;
      const u = new URL(ref, url);
      if (u.protocol !== 'data:' && u.host !== root.host) result.foreignResources.push(`${url} → ${u.href}`);
    }
    for (const a of all.filter((el) => el.tagName === 'a' && attr(el, 'href') !== undefined)) {
      const u = new URL(attr(a, 'href')!, url);
      if (u.host !== root.host) continue;
      if (!u.pathname.startsWith(root.pathname)) {
        result.outsideBase.push(`${url} → ${u.href}`);
        continue;
      }
      if (u.hash) result.fragments.push({ page: url, href: u.href });
      u.hash = '';
      if (!seen.has(u.href) && !/\.(ics|xml|json|txt)$/.test(u.pathname)) {
        seen.add(u.href);
        queue.push(u.href);
      }
    }
  }
  return result;
}

/** One page per kind: the path with every segment after the first generalised (cases/2025/x → cases/*∕*). */
function oneOfEachKind(urls: Iterable<string>, base: string): string[] {
  const byKind = new Map<string, string>();
  for (const url of urls) {
    const segments = url.slice(base.length).split('/').filter(Boolean);
    const kind = segments.map((s, i) => (i === 0 ? s : '*')).join('/');
    if (!byKind.has(kind)) byKind.set(kind, url);
  }
  return [...byKind.values()];
}

let site: Crawl;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([crawl(subpathUrl()), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
});

describe('the site served from a sub-path', () => {
  it('has no broken internal link or anchor, and no link outside the base path', () => {
    expect(site.failed).toEqual([]);
    expect(site.outsideBase, 'links that ignore the base path').toEqual([]);
    expect(site.pages.size).toBeGreaterThanOrEqual(12);
    const missing = site.fragments
      .filter(({ href }) => {
        const u = new URL(href);
        const id = decodeURIComponent(u.hash.slice(1));
        u.hash = '';
        return id !== '' && !site.pages.get(u.href)?.has(id);
      })
      .map(({ page, href }) => `${page} → ${href}`);
    expect(missing, 'links to anchors that do not exist').toEqual([]);
  });

  it('names no script, style, image or frame from another host in any page', () => {
    expect(site.foreignResources).toEqual([]);
  });

  it('requests nothing from other hosts and throws no error, on one page of each kind', async () => {
    const { page, context, foreign, errors } = await openPage(browser);
    const visited = oneOfEachKind(site.pages.keys(), subpathUrl());
    for (const url of visited) {
      const res = await page.goto(url, { waitUntil: 'load' });
      expect(res?.status(), url).toBe(200);
    }
    expect(visited.length).toBeGreaterThanOrEqual(10);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
