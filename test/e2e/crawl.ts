/**
 * Visits every page reachable from a start address inside its base path, once, without a browser:
 * links, anchors and the resources a page names are in its HTML, so each page is fetched and parsed
 * (parse5). Reports what a reader would hit: pages that do not answer 200, links that leave the base,
 * links to missing anchors, resources from another host. What only a running page shows (requests
 * its scripts make, uncaught errors, policy violations) is for Chromium, on one page of each kind.
 * Used against `astro preview` (crawl.test.ts) and against nginx (nginx.test.ts).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export interface Crawl {
  pages: Map<string, Set<string>>;
  fragments: { page: string; href: string }[];
  outsideBase: string[];
  foreignResources: string[];
  /** Pages, and the site's own resources they name (stylesheets, scripts, images), that did not answer 200. */
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

export async function crawl(start: string): Promise<Crawl> {
  const root = new URL(start);
  const result: Crawl = { pages: new Map(), fragments: [], outsideBase: [], foreignResources: [], failed: [] };
  const queue = [start];
  const seen = new Set(queue);
  const resources = new Set<string>();
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
      if (u.protocol === 'data:') continue;
      if (u.host !== root.host) result.foreignResources.push(`${url} → ${u.href}`);
      else resources.add(u.href);
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
  for (const url of resources) {
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) result.failed.push(`${res.status} ${url}`);
  }
  return result;
}

/** One page per kind: the path with every segment after the first generalised (cases/2025/x → cases/*∕*). */
export function oneOfEachKind(urls: Iterable<string>, base: string): string[] {
  const byKind = new Map<string, string>();
  for (const url of urls) {
    const segments = url.slice(base.length).split('/').filter(Boolean);
    const kind = segments.map((s, i) => (i === 0 ? s : '*')).join('/');
    if (!byKind.has(kind)) byKind.set(kind, url);
  }
  return [...byKind.values()];
}

/** Links to an anchor that the page they point to does not have, as "from → href". */
export function missingAnchors(site: Crawl): string[] {
  return site.fragments
    .filter(({ href }) => {
      const u = new URL(href);
      const id = decodeURIComponent(u.hash.slice(1));
      u.hash = '';
      return id !== '' && !site.pages.get(u.href)?.has(id);
    })
    .map(({ page, href }) => `${page} → ${href}`);
}
