/**
 * The case list island: facets, keywords and sort from the URL, over the whole library. Without a
 * filter the server-rendered first page and its pager stay as they are; with one, the results are
 * rendered here from the compact filter index (lib/cases/filter-index.ts), 50 at a time.
 *
 * A library that fits on one page carries the index inline; a larger one fetches it on the first
 * use of the filters (or at once when the address already holds a filter): the facet columns
 * first, then only the text shards that the shown results or the keyword filter need.
 */
import {
  FACETS,
  facetCounts,
  matchesFacets,
  matchesLaw,
  readCaseQuery,
  sortCases,
  writeCaseQuery,
  type CaseQuery,
} from '../../lib/cases/filter.ts';
import {
  byIdInList,
  decodeRows,
  displayOf,
  shardOf,
  type FacetIndex,
  type IndexRow,
  type TextShard,
} from '../../lib/cases/filter-index.ts';
import { keywordMatches, normaliseText } from '../../lib/cases/keyword.ts';
import { caseMetaLine } from '../../lib/cases/list-item.ts';

/** Items shown at once; "显示更多" adds a page. */
const PAGE = 50;

export function start(): void {
  const root = document.querySelector<HTMLElement>('[data-case-browser]')!;
  const form = root.querySelector<HTMLFormElement>('[data-case-filters]')!;
  const list = root.querySelector<HTMLOListElement>('[data-case-list]')!;
  const status = root.querySelector<HTMLElement>('[data-case-status]')!;
  const empty = root.querySelector<HTMLElement>('[data-case-empty]')!;
  const facets = root.querySelector<HTMLDetailsElement>('[data-case-facets]')!;
  const selected = root.querySelector<HTMLElement>('[data-case-selected]')!;
  const pager = root.querySelector<HTMLElement>('[data-case-pager]');
  const total = Number(root.dataset['total']);
  const caseBase = root.dataset['caseBase']!;
  const indexUrl = root.dataset['index'];
  const firstPage = [...list.children];
  // Beside the list on a wide screen the filters are always open; on a phone they fold away so the
  // count and the results come first.
  const wide = window.matchMedia('(min-width: 60rem)');
  const fold = () => {
    facets.open = wide.matches;
  };
  wide.addEventListener('change', fold);
  fold();
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'no-print';
  more.hidden = true;
  list.after(more);

  // The index: facet columns (decoded into rows) and text shards, inline or fetched once each.
  let index: FacetIndex | undefined;
  let rows: IndexRow[] | undefined;
  const shards: (TextShard | undefined)[] = [];
  /** Each shard's text normalised for the keyword filter, once, as it arrives. */
  const normalised: string[][] = [];
  let texts: string[] | undefined;
  const keep = (k: number, s: TextShard) => {
    shards[k] = s;
    normalised[k] = s.text.map(normaliseText);
  };
  const inline = document.getElementById('case-index');
  if (inline) {
    const data = JSON.parse(inline.textContent ?? '') as { facets: FacetIndex; shards: TextShard[] };
    index = data.facets;
    rows = decodeRows(index);
    data.shards.forEach((s, k) => keep(k, s));
  }
  const base = indexUrl ? new URL(indexUrl, location.href) : undefined;
  const fetchJson = async <T>(url: URL): Promise<T> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
    return (await response.json()) as T;
  };
  let facetsLoading: Promise<void> | undefined;
  const loadFacets = (): Promise<void> =>
    (facetsLoading ??= index
      ? Promise.resolve()
      : fetchJson<FacetIndex>(base!).then((f) => {
          index = f;
          rows = decodeRows(f);
        }));
  const shardLoading = new Map<number, Promise<void>>();
  const loadShard = (k: number): Promise<void> => {
    if (shards[k]) return Promise.resolve();
    let p = shardLoading.get(k);
    if (!p) {
      p = fetchJson<TextShard>(new URL(`text-${k}.json${base!.search}`, base)).then((s) => keep(k, s));
      shardLoading.set(k, p);
    }
    return p;
  };
  const allShards = () => [...Array(index!.shards).keys()];
  /** Every case's search text in list order, once all shards are here. */
  const allTexts = (): string[] | undefined => {
    if (texts) return texts;
    if (!index || allShards().some((k) => !shards[k])) return undefined;
    texts = allShards().flatMap((k) => normalised[k]!);
    return texts;
  };

  let limit = PAGE;
  let lastWords: { q: string; at: number[] } | undefined;
  let token = 0;

  const isDefault = (query: CaseQuery) => writeCaseQuery(query).toString() === '';
  const sortedByRank = (query: CaseQuery) => query.q !== '' && !new URLSearchParams(location.search).has('sort');

  // The form's controls, found once; writes below touch the page only where a value changes, so
  // a keystroke does not restyle every facet label.
  const words = form.querySelector<HTMLInputElement>('[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('[name="sort"]')!;
  const lawSelect = form.querySelector<HTMLSelectElement>('[name="law"]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => {
    const label = box.closest('label')!;
    return { box, facet: box.name as (typeof FACETS)[number], label, count: label.querySelector<HTMLElement>('[data-count]')! };
  });
  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };

  function syncForm(query: CaseQuery): void {
    if (words.value !== query.q) words.value = query.q;
    if (sortSelect.value !== query.sort) sortSelect.value = query.sort;
    if (lawSelect && lawSelect.value !== query.law) lawSelect.value = query.law;
    for (const { box, facet } of boxes) {
      const on = query.facets[facet]?.includes(box.value) ?? false;
      if (box.checked !== on) box.checked = on;
    }
    setText(selected, String(FACETS.reduce((n, f) => n + (query.facets[f]?.length ?? 0), 0)));
  }

  function showCounts(counts: ReturnType<typeof facetCounts>): void {
    for (const { box, facet, label, count } of boxes) {
      const n = counts[facet].get(box.value) ?? 0;
      setText(count, `(${n})`);
      const emptyNow = n === 0 && !box.checked;
      if (label.classList.contains('is-empty') !== emptyNow) label.classList.toggle('is-empty', emptyNow);
    }
  }

  /** The cases the query selects, in the order shown, with the facet counts; undefined while data is missing. */
  function results(query: CaseQuery): { shown: IndexRow[]; counts: ReturnType<typeof facetCounts> } | undefined {
    if (!rows) return undefined;
    let pool = rows;
    if (query.q) {
      const t = allTexts();
      if (!t) return undefined;
      if (lastWords?.q !== query.q) lastWords = { q: query.q, at: keywordMatches(t, query.q) };
      const all = rows;
      pool = lastWords.at.map((i) => all[i]!);
    }
    if (query.law) pool = pool.filter((c) => matchesLaw(c, query.law));
    const counts = facetCounts(pool, query);
    const filtered = pool.filter((c) => matchesFacets(c, query.facets));
    return { shown: sortedByRank(query) ? filtered : sortCases(filtered, query.sort, byIdInList), counts };
  }

  function item(r: IndexRow): HTMLLIElement {
    const { shard, offset } = shardOf(r.at, index!.shardSize);
    const { title, lead } = displayOf(shards[shard]!.text[offset]!);
    const li = document.createElement('li');
    li.dataset['id'] = r.id;
    const h2 = li.appendChild(document.createElement('h2'));
    const a = h2.appendChild(document.createElement('a'));
    a.href = `${caseBase}${r.id}/`;
    a.textContent = title;
    const meta = li.appendChild(document.createElement('p'));
    meta.className = 'muted';
    meta.textContent = caseMetaLine(r);
    li.appendChild(document.createElement('p')).textContent = lead;
    return li;
  }

  /** Shows the query's results if every byte they need is here; false otherwise. */
  function tryRender(query: CaseQuery): boolean {
    syncForm(query);
    if (isDefault(query)) {
      // The server's first page and pager, exactly as without a filter.
      list.replaceChildren(...firstPage);
      if (pager) pager.hidden = false;
      if (rows) showCounts(facetCounts(rows, query));
      status.textContent = `共 ${total} 件`;
      empty.hidden = true;
      more.hidden = true;
      return true;
    }
    const found = results(query);
    if (!found) return false;
    const page = found.shown.slice(0, limit);
    if (page.some((r) => !shards[shardOf(r.at, index!.shardSize).shard])) return false;
    showCounts(found.counts);
    list.replaceChildren(...page.map(item));
    if (pager) pager.hidden = true;
    const n = found.shown.length;
    status.textContent = n === total ? `共 ${total} 件` : `找到 ${n} 件（共 ${total} 件）`;
    empty.hidden = n > 0;
    more.hidden = n <= limit;
    more.textContent = `显示更多（还有 ${n - limit} 件）`;
    return true;
  }

  /** Everything the query's results need: the facet columns, the text for keywords, the shards shown. */
  async function load(query: CaseQuery): Promise<void> {
    await loadFacets();
    if (query.q) await Promise.all(allShards().map(loadShard));
    const found = results(query);
    if (found)
      await Promise.all([...new Set(found.shown.slice(0, limit).map((r) => shardOf(r.at, index!.shardSize).shard))].map(loadShard));
  }

  function render(query: CaseQuery): void {
    const mine = ++token;
    if (tryRender(query)) return;
    status.textContent = '正在载入案例索引…';
    load(query).then(
      () => {
        if (mine === token) tryRender(query);
      },
      () => {
        if (mine === token) status.textContent = '案例索引未能载入，请检查网络后刷新页面。';
      },
    );
  }

  const readForm = (): CaseQuery =>
    readCaseQuery(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')));

  function update(): void {
    limit = PAGE;
    const query = readForm();
    const qs = writeCaseQuery(query).toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    render(query);
  }

  // The index is fetched on first use of the filters, not on arrival: most visits only read the list.
  const prefetch = () => {
    if (!base) return;
    loadFacets().catch(() => undefined);
  };
  form.addEventListener('pointerdown', prefetch, { once: true });
  form.addEventListener('focusin', prefetch, { once: true });
  // Words need every text shard: start on focus of the keyword box, before the first keystroke.
  words.addEventListener(
    'focus',
    () => {
      if (base)
        loadFacets()
          .then(() => Promise.all(allShards().map(loadShard)))
          .then(
            () => (root.dataset['loaded'] = 'all'),
            () => undefined,
          );
    },
    { once: true },
  );
  more.addEventListener('click', () => {
    limit += PAGE;
    render(readForm());
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-case-clear]')?.addEventListener('click', () => {
    limit = PAGE;
    history.replaceState(null, '', location.pathname);
    render(readCaseQuery(new URLSearchParams()));
  });
  window.addEventListener('popstate', () => render(readCaseQuery(new URLSearchParams(location.search))));
  if (!base) root.dataset['loaded'] = 'all';
  render(readCaseQuery(new URLSearchParams(location.search)));
}
