/** One search result: title link, type badge, excerpt with the match marked, provision links. */
import { excerptPieces, withHighlight } from '../../lib/search/query.ts';
import { h } from '../dom.ts';
import type { PagefindResultData } from './pagefind.d.ts';

function excerpt(text: string): HTMLElement {
  return h('p', { class: 'excerpt' }, excerptPieces(text).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)));
}

export function renderResult(d: PagefindResultData, q: string): HTMLElement {
  const type = d.meta['type'] ?? d.filters['类型']?.[0] ?? '页面';
  const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
  return h('li', { class: 'search-result' },
    h('p', { class: 'result-title' }, h('span', { class: 'badge' }, type), ' ', h('a', { href: withHighlight(d.url, q) }, d.meta['title'] ?? d.url)),
    excerpt(d.excerpt),
    subs.length ? h('ul', { class: 'sub-results' }, subs.map((s) => h('li', {}, h('a', { href: withHighlight(s.url, q) }, s.title), excerpt(s.excerpt)))) : null,
  );
}
