/**
 * The search page island. Pagefind answers; this adds the numeral variants of a query, filters in
 * the URL, a fallback for queries the index cannot split, and safe rendering of excerpts.
 */
import { contentWords, mergeByBestScore, mergeBySum, queryVariants, type Scored } from '../../lib/search-query.ts';
import { h } from '../dom.ts';
import type { PagefindApi, PagefindResultData } from './pagefind.d.ts';
import { renderResult } from './render.ts';

/** URL parameter → Pagefind filter name. */
const FILTERS: Record<string, string> = { type: '类型', domain: '领域', year: '年度', mechanism: '机制' };
const MAX = 20;

export function start(): void {
  const list = document.getElementById('search-results')!;
  const base = list.dataset['searchBase'] ?? '/';
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const help = document.querySelector<HTMLElement>('[data-search-help]')!;
  const chips = document.querySelector<HTMLElement>('[data-search-filters]')!;
  let pagefind: Promise<PagefindApi> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: PagefindApi) => {
      // Highlighting is added by withHighlight with the whole query, not Pagefind's split terms.
      await pf.options({ baseUrl: base, excerptLength: 40 });
      await pf.init();
      return pf;
    }));

  async function run(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const q = (params.get('q') ?? '').trim();
    input.value = q;
    const filters: Record<string, string[]> = {};
    for (const [param, name] of Object.entries(FILTERS)) if (params.getAll(param).length) filters[name] = params.getAll(param);
    list.replaceChildren();
    chips.replaceChildren();
    help.hidden = true;
    if (!q) {
      status.textContent = '请输入要查找的词。';
      help.hidden = false;
      return;
    }
    status.textContent = '正在搜索…';
    const pf = await load();
    const t0 = performance.now();
    const searchAll = (queries: string[]) =>
      Promise.all(
        queries.map(async (query) => {
          const { results } = await pf.search(query, { filters });
          return results.slice(0, MAX).map((r): Scored<typeof r> => ({ key: r.id, score: r.score, item: r }));
        }),
      );
    let merged = mergeByBestScore(await searchAll(queryVariants(q))).slice(0, MAX);
    let note = '';
    if (merged.length === 0) {
      // Every word must match for a hit; for a question like “联席会议多久开一次”, search the
      // content words one by one and rank pages by how many of them they contain.
      const words = contentWords(q);
      if (words.length > 1) {
        merged = mergeBySum(await searchAll(words)).slice(0, MAX);
        if (merged.length) note = `（按“${words.join('”“')}”分别查找）`;
      }
    }
    const data: PagefindResultData[] = await Promise.all(merged.map((m) => m.item.data()));
    let shown = data.map((d) => renderResult(d, q));
    if (shown.length === 0 && Object.keys(filters).length === 0) {
      // Pagefind found nothing: try titles and provision headings by fuzzy match.
      // Loaded (with fuse.js) only for the rare query that needs it.
      const { fallbackSearch } = await import('./fallback.ts');
      const near = await fallbackSearch(base, q);
      shown = near.map((n) => renderResult({ url: n.url, excerpt: n.excerpt, meta: { title: n.title, type: n.type }, filters: {}, sub_results: [] }, q));
      if (shown.length) note = '（全文中没有找到完全匹配，以下是标题相近的内容）';
    }
    performance.measure('search:query', { start: t0 });
    list.append(...shown);
    status.textContent = shown.length ? `“${q}”：找到 ${shown.length} 条结果${note}` : `没有找到与“${q}”相关的内容。`;
    help.hidden = shown.length > 0;
    await renderChips(pf, params);
  }

  async function renderChips(pf: PagefindApi, params: URLSearchParams): Promise<void> {
    const available = await pf.filters();
    for (const [param, name] of Object.entries(FILTERS)) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => (param === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      if (values.length === 0) continue;
      const active = new Set(params.getAll(param));
      chips.append(
        h('div', { class: 'chip-group', role: 'group', 'aria-label': name },
          h('span', { class: 'chip-label' }, `${name}：`),
          values.map((v) => {
            const next = new URLSearchParams(params);
            next.delete(param);
            for (const a of active) if (a !== v) next.append(param, a);
            if (!active.has(v)) next.append(param, v);
            return h('a', { class: 'chip', href: `?${next}`, 'aria-pressed': active.has(v) ? 'true' : 'false', 'data-filter': `${param}:${v}` }, v);
          }),
        ),
      );
    }
  }

  chips.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a.chip');
    if (!a) return;
    e.preventDefault();
    history.pushState(null, '', a.href);
    void run();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams(location.search);
    params.set('q', input.value.trim());
    history.pushState(null, '', `?${params}`);
    void run();
  });
  window.addEventListener('popstate', () => void run());
  void run();
}
