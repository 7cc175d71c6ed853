/**
 * The search page island. Pagefind answers; this adds the numeral variants of a query, filters in
 * the URL, a fallback for queries the index cannot split, and safe rendering of excerpts.
 */
import {
  capQuery,
  contentWords,
  MAX_QUERY_LENGTH,
  mergeByBestScore,
  mergeBySum,
  normalizeQuery,
  queryVariants,
  type Scored,
} from '../../lib/search/query.ts';
import { createCloseMatchSearch, type VocabularyEntry } from '../../lib/scope/dispute-match.ts';
import { vocabularySynonyms } from '../../lib/search/synonyms.ts';
import { SEARCH_RANKING } from '../../lib/search/weights.ts';
import { SEARCH_FILTERS, type SearchFilterParam, type SearchFilterValues } from '../../lib/search/filters.ts';
import { h } from '../dom.ts';
import type { PagefindApi, PagefindResultData } from './pagefind.d.ts';
import { renderResult } from './render.ts';

/** Results loaded and shown at a time; "显示更多结果" adds the next page. */
const PAGE = 20;

export function start(): void {
  const list = document.getElementById('search-results')!;
  const base = list.dataset['searchBase'] ?? '/';
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const help = document.querySelector<HTMLElement>('[data-search-help]')!;
  const chips = document.querySelector<HTMLElement>('[data-search-filters]')!;
  const failure = document.querySelector<HTMLElement>('[data-search-error]')!;
  let pagefind: Promise<PagefindApi> | undefined;
  const vocabulary = JSON.parse(document.getElementById('search-vocabulary')?.textContent ?? '[]') as VocabularyEntry[];
  // Close matches only (no fuse.js download): vocabularySynonyms takes nothing fuzzier.
  const lookup = createCloseMatchSearch(vocabulary);
  // The chips come with the page (src/queries/search-filters.ts): asking Pagefind for them would
  // download every filter index; a filter's index is fetched only once a chip is chosen.
  const filterValues = JSON.parse(document.getElementById('search-filter-values')?.textContent ?? '{}') as Partial<SearchFilterValues>;
  /** Failed loads so far; a retry asks for a fresh copy, as a browser may keep a failed module. */
  let failedLoads = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js${failedLoads ? `?retry=${failedLoads}` : ''}`).then(
      async (pf: PagefindApi) => {
        // Highlighting is added by withHighlight with the whole query, not Pagefind's split terms.
        await pf.options({ baseUrl: base, excerptLength: 40, ranking: SEARCH_RANKING });
        await pf.init();
        return pf;
      },
    ));

  /** The ranked hits of the current query; their data is loaded a page at a time. */
  let hits: { data: () => Promise<PagefindResultData> }[] = [];
  let shownCount = 0;
  let query = '';
  /** Bumped by every run, so a slower earlier run never writes over a later one. */
  let runId = 0;
  const more = h('button', { type: 'button', class: 'search-more no-print', hidden: true });
  list.after(more);

  /** Results whose index fragment is missing or corrupt; they are left out, and the page says so. */
  let broken = 0;

  async function showMore(): Promise<void> {
    const next = hits.slice(shownCount, shownCount + PAGE);
    const settled = await Promise.allSettled(next.map((hit) => hit.data()));
    for (const r of settled) {
      if (r.status === 'fulfilled') list.append(renderResult(r.value, query));
      else broken += 1;
    }
    shownCount += next.length;
    more.hidden = shownCount >= hits.length;
    more.textContent = `显示更多结果（还有 ${hits.length - shownCount} 条）`;
  }

  async function run(): Promise<void> {
    const id = ++runId;
    try {
      await search(id);
    } catch {
      // Nothing of a failed attempt is kept: the next search (重试) loads a fresh copy of the
      // Pagefind runtime, which also forgets any index file it failed to read.
      pagefind = undefined;
      failedLoads += 1;
      if (id !== runId) return;
      // The index or the search program did not load (a missing or damaged file, a dropped
      // connection): say so, offer the sections to browse, and let the reader try again.
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      failure.hidden = false;
    }
  }

  async function search(id: number): Promise<void> {
    const params = new URLSearchParams(location.search);
    const { q, cut } = capQuery(params.get('q'));
    input.value = q;
    // Only chosen filters are passed: Pagefind loads the index of every filter it is given.
    const filters: Record<string, string[]> = {};
    for (const [param, name] of Object.entries(SEARCH_FILTERS)) if (params.getAll(param).length) filters[name] = params.getAll(param);
    list.replaceChildren();
    chips.replaceChildren();
    help.hidden = true;
    failure.hidden = true;
    more.hidden = true;
    hits = [];
    shownCount = 0;
    broken = 0;
    query = q;
    if (!q) {
      status.textContent = '请输入要查找的词。';
      help.hidden = false;
      return;
    }
    status.textContent = '正在搜索…';
    const pf = await load();
    const t0 = performance.now();
    // Every hit of every variant is ranked (the total is real); only a page of them is loaded.
    const searchAll = (queries: string[]) =>
      Promise.all(
        queries.map(async (variant) => {
          const { results } = await pf.search(variant, { filters });
          return results.map((r): Scored<typeof r> => ({ key: r.id, score: r.score, item: r }));
        }),
      );
    let merged = mergeByBestScore(await searchAll(queryVariants(q)));
    let note = '';
    if (merged.length === 0) {
      // Every word must match for a hit; for a question like “联席会议多久开一次”, search the
      // content words one by one and rank pages by how many of them they contain.
      const words = contentWords(q);
      if (words.length > 1) {
        merged = mergeBySum(await searchAll(words));
        if (merged.length) note = `（按“${words.join('”“')}”分别查找）`;
      }
    }
    // Everyday words (噪音) also search the vocabulary's term and domains (噪音扰民, 邻里纠纷); those
    // hits come after the query's own, so they never push a direct match down.
    const synonyms = vocabularySynonyms(lookup, normalizeQuery(q));
    if (synonyms.length) {
      const seen = new Set(merged.map((m) => m.key));
      const extra = mergeByBestScore(await searchAll(synonyms)).filter((m) => !seen.has(m.key));
      if (extra.length) {
        merged = [...merged, ...extra];
        note += `（同时查找了相关说法：${synonyms.join('、')}）`;
      }
    }
    if (id !== runId) return;
    hits = merged.map((m) => m.item);
    if (hits.length === 0 && Object.keys(filters).length === 0) {
      // Pagefind found nothing: try titles and provision headings by fuzzy match.
      // Loaded (with fuse.js) only for the rare query that needs it.
      const { fallbackSearch } = await import('./fallback.ts');
      const near = await fallbackSearch(base, q);
      hits = near.map((n) => ({
        data: async () => ({ url: n.url, excerpt: n.excerpt, meta: { title: n.title, type: n.type }, filters: {}, sub_results: [] }),
      }));
      if (hits.length) note = '（全文中没有找到完全匹配，以下是标题相近的内容）';
    }
    if (id !== runId) return;
    await showMore();
    // Every result of the first page unreadable: the index is damaged, not the query empty.
    if (hits.length > 0 && list.childElementCount === 0) throw new Error('search fragments unreadable');
    performance.measure('search:query', { start: t0 });
    if (id !== runId) return;
    if (cut) note += `（查询词过长，只按前 ${MAX_QUERY_LENGTH} 个字查找）`;
    if (broken > 0) note += `（${broken} 条结果的索引文件无法读取，已略去）`;
    status.textContent = hits.length ? `“${q}”：找到 ${hits.length} 条结果${note}` : `没有找到与“${q}”相关的内容。${note}`;
    help.hidden = hits.length > 0;
    renderChips(params);
  }

  function renderChips(params: URLSearchParams): void {
    for (const [param, name] of Object.entries(SEARCH_FILTERS) as [SearchFilterParam, string][]) {
      const values = filterValues[param] ?? [];
      if (values.length === 0) continue;
      const active = new Set(params.getAll(param));
      chips.append(
        h(
          'div',
          { class: 'chip-group', role: 'group', 'aria-label': name },
          h('span', { class: 'chip-label' }, `${name}：`),
          values.map((v) => {
            const next = new URLSearchParams(params);
            next.delete(param);
            for (const a of active) if (a !== v) next.append(param, a);
            if (!active.has(v)) next.append(param, v);
            // A toggle, so a button with aria-pressed (a link may not carry aria-pressed); the
            // state it leads to is in data-href and, after the click, in the URL.
            return h(
              'button',
              {
                type: 'button',
                class: 'chip',
                'data-href': `?${next}`,
                'aria-pressed': active.has(v) ? 'true' : 'false',
                'data-filter': `${param}:${v}`,
              },
              v,
            );
          }),
        ),
      );
    }
  }

  chips.addEventListener('click', (e) => {
    const chip = (e.target as Element).closest<HTMLButtonElement>('button.chip');
    if (!chip) return;
    history.pushState(null, '', chip.dataset['href']);
    void run();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams(location.search);
    params.set('q', input.value.trim());
    history.pushState(null, '', `?${params}`);
    void run();
  });
  more.addEventListener('click', () => {
    showMore().catch(() => {
      failure.hidden = false;
    });
  });
  failure.querySelector('[data-search-retry]')!.addEventListener('click', () => void run());
  window.addEventListener('popstate', () => void run());
  void run();
}
