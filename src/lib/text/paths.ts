/**
 * Site-internal links that keep working when the site is served from a sub-path
 * (Astro's `base`, set from BASE_PATH). Every internal href goes through `withBase`.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** True for an href that points inside the site (not another host, not mailto:, not a fragment). */
export function isInternalHref(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//') && !href.startsWith('#');
}
