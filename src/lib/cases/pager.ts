/**
 * Static pagination of a case list: which page holds which cases, where each page lives, and the
 * pager a reader sees (first, last, a window around the current page, gaps between).
 */

/** Cases per page on /cases/ and the year pages. The shipped library (40 cases in 2026) fits on page 1. */
export const CASES_PER_PAGE = 50;

export function pageCount(total: number, size = CASES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page n of a list whose first page is `first`: /cases/ → /cases/page/2/; page 1 is `first` itself. */
export function pagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

export type PagerItem = { kind: 'page'; n: number; path: string; current: boolean } | { kind: 'gap' };

/**
 * The pager's items: page 1, the last page, and `around` pages either side of the current one,
 * with a gap where pages are skipped. A gap of exactly one page shows that page instead.
 */
export function pagerItems(current: number, last: number, first: string, around = 2): PagerItem[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: PagerItem[] = [];
  let prev = 0;
  for (const n of sorted) {
    if (n - prev === 2) out.push({ kind: 'page', n: n - 1, path: pagePath(first, n - 1), current: false });
    else if (n - prev > 2) out.push({ kind: 'gap' });
    out.push({ kind: 'page', n, path: pagePath(first, n), current: n === current });
    prev = n;
  }
  return out;
}
