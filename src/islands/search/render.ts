/**
 * One search result per page: title link, type badge, the best-matching section with its excerpt,
 * and the page's other matching sections as links, so the top results are different pages.
 */
import { excerptPieces, withHighlight } from '../../lib/search/query.ts';
import { bestSection, startAtSentence } from '../../lib/search/results.ts';
import { h } from '../dom.ts';
import type { PagefindResultData } from './pagefind.d.ts';

function excerpt(text: string): HTMLElement {
  return h(
    'p',
    { class: 'excerpt' },
    excerptPieces(startAtSentence(text)).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)),
  );
}

export function renderResult(d: PagefindResultData, q: string): HTMLElement {
  const type = d.meta['type'] ?? d.filters['类型']?.[0] ?? '页面';
  const title = d.meta['title'] ?? d.url;
  // Sections with their own anchor; the page's top part (title, labels) has none and is not
  // what a reader is looking for when a section matches too.
  const sections = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#'));
  const named = bestSection(sections);
  const others = sections.filter((s) => s !== named).slice(0, 3);
  return h(
    'li',
    { class: 'search-result' },
    h('p', { class: 'result-title' }, h('span', { class: 'badge' }, type), ' ', h('a', { href: withHighlight(d.url, q) }, title)),
    named ? h('p', { class: 'result-section' }, '› ', h('a', { href: withHighlight(named.url, q) }, named.title)) : null,
    excerpt(named?.excerpt ?? d.excerpt),
    others.length
      ? h(
          'p',
          { class: 'result-more muted' },
          '本页另见：',
          others.flatMap((s, i) => [i > 0 ? '、' : '', h('a', { href: withHighlight(s.url, q) }, s.title)]),
        )
      : null,
  );
}
