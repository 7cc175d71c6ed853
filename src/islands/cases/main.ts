/**
 * The case list island: facets, fuzzy words and sort from the URL; shows, hides and reorders the
 * server-rendered items (so the page is a plain list without JavaScript) and updates the counts.
 */
import Fuse from 'fuse.js';
import { CASE_SEARCH } from '../../lib/search/fuse-options.ts';
import {
  FACETS,
  exactThenFuzzy,
  facetCounts,
  matchesFacets,
  matchesLaw,
  readCaseQuery,
  sortCases,
  writeCaseQuery,
  type CaseQuery,
  type CaseSummary,
} from '../../lib/cases/filter.ts';

/** Items shown at once; "显示更多" adds a page. A library of 10,000 must not relayout 10,000 items per keystroke. */
const PAGE = 50;

export function start(): void {
  const cases = JSON.parse(document.getElementById('case-data')?.textContent ?? '[]') as CaseSummary[];
  const form = document.querySelector<HTMLFormElement>('[data-case-filters]')!;
  const list = document.querySelector<HTMLOListElement>('[data-case-list]')!;
  const status = document.querySelector<HTMLElement>('[data-case-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-case-empty]')!;
  const facets = document.querySelector<HTMLDetailsElement>('[data-case-facets]')!;
  const selected = document.querySelector<HTMLElement>('[data-case-selected]')!;
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
  list.after(more);
  let limit = PAGE;
  let lastQuery: CaseQuery | undefined;
  let visibleNow = new Set<string>();
  const items = new Map([...list.children].map((li) => [(li as HTMLElement).dataset['id']!, li as HTMLElement]));
  const fuse = new Fuse(cases, CASE_SEARCH);

  function readForm(): CaseQuery {
    return readCaseQuery(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')));
  }

  function render(query: CaseQuery): void {
    form.querySelector<HTMLInputElement>('[name="q"]')!.value = query.q;
    form.querySelector<HTMLSelectElement>('[name="sort"]')!.value = query.sort;
    const lawSelect = form.querySelector<HTMLSelectElement>('[name="law"]');
    if (lawSelect) lawSelect.value = query.law;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = query.facets[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
    }
    // Fuzzy matching only when the exact words find little: it is what makes a typo still work,
    // and it is the expensive part over a large library.
    const exact = query.q ? exactThenFuzzy(cases, query.q, []) : cases;
    const words =
      query.q && exact.length < 10
        ? exactThenFuzzy(
            cases,
            query.q,
            fuse.search(query.q).map((r) => r.item),
          )
        : exact;
    const pool = query.law ? words.filter((c) => matchesLaw(c, query.law)) : words;
    const counts = facetCounts(pool, query);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[box.name as (typeof FACETS)[number]].get(box.value) ?? 0;
      box.closest('label')!.querySelector('[data-count]')!.textContent = `(${n})`;
      box.closest('label')!.classList.toggle('is-empty', n === 0 && !box.checked);
    }
    selected.textContent = String(FACETS.reduce((n, f) => n + (query.facets[f]?.length ?? 0), 0));
    const filtered = pool.filter((c) => matchesFacets(c, query.facets));
    // With words, best match first unless the reader picked a sort.
    const shown = query.q && !new URLSearchParams(location.search).has('sort') ? filtered : sortCases(filtered, query.sort);
    const page = shown.slice(0, limit);
    const visible = new Set(page.map((c) => c.id));
    // Touch only the items whose visibility changes, then order the visible page.
    for (const id of visibleNow) if (!visible.has(id)) items.get(id)!.hidden = true;
    for (const id of visible) items.get(id)!.hidden = false;
    list.prepend(...page.map((c) => items.get(c.id)!));
    visibleNow = visible;
    status.textContent = shown.length === cases.length ? `共 ${cases.length} 件` : `找到 ${shown.length} 件（共 ${cases.length} 件）`;
    empty.hidden = shown.length > 0;
    more.hidden = shown.length <= limit;
    more.textContent = `显示更多（还有 ${shown.length - limit} 件）`;
    lastQuery = query;
  }

  function update(): void {
    limit = PAGE;
    const query = readForm();
    const qs = writeCaseQuery(query).toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    render(query);
  }

  more.addEventListener('click', () => {
    limit += PAGE;
    if (lastQuery) render(lastQuery);
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-case-clear]')?.addEventListener('click', () => {
    limit = PAGE;
    history.replaceState(null, '', location.pathname);
    render(readCaseQuery(new URLSearchParams()));
  });
  window.addEventListener('popstate', () => render(readCaseQuery(new URLSearchParams(location.search))));
  // Without a script every item is listed; with one, the first page is shown and the rest on demand.
  visibleNow = new Set(items.keys());
  render(readCaseQuery(new URLSearchParams(location.search)));
}
