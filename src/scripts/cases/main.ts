/**
 * The case list island: facets, fuzzy words and sort from the URL; shows, hides and reorders the
 * server-rendered items (so the page is a plain list without JavaScript) and updates the counts.
 */
import Fuse from 'fuse.js';
import { FACETS, exactThenFuzzy, facetCounts, matchesFacets, readCaseQuery, sortCases, writeCaseQuery, type CaseQuery, type CaseSummary } from '../../lib/case-filter.ts';

export function start(): void {
  const cases = JSON.parse(document.getElementById('case-data')?.textContent ?? '[]') as CaseSummary[];
  const form = document.querySelector<HTMLFormElement>('[data-case-filters]')!;
  const list = document.querySelector<HTMLOListElement>('[data-case-list]')!;
  const status = document.querySelector<HTMLElement>('[data-case-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-case-empty]')!;
  const items = new Map([...list.children].map((li) => [(li as HTMLElement).dataset['id']!, li as HTMLElement]));
  // Chinese has no spaces between words: match anywhere, and tolerate a wrong character or two.
  const fuse = new Fuse(cases, {
    keys: [{ name: 'title', weight: 2 }, { name: 'keyPoints', weight: 1 }, { name: 'tags', weight: 1.5 }],
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  function readForm(): CaseQuery {
    return readCaseQuery(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')));
  }

  function render(query: CaseQuery): void {
    form.querySelector<HTMLInputElement>('[name="q"]')!.value = query.q;
    form.querySelector<HTMLSelectElement>('[name="sort"]')!.value = query.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = query.facets[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
    }
    const pool = query.q ? exactThenFuzzy(cases, query.q, fuse.search(query.q).map((r) => r.item)) : cases;
    const counts = facetCounts(pool, query);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[box.name as (typeof FACETS)[number]].get(box.value) ?? 0;
      box.closest('label')!.querySelector('[data-count]')!.textContent = `(${n})`;
      box.closest('label')!.classList.toggle('is-empty', n === 0 && !box.checked);
    }
    const filtered = pool.filter((c) => matchesFacets(c, query.facets));
    // With words, best match first unless the reader picked a sort.
    const shown = query.q && !new URLSearchParams(location.search).has('sort') ? filtered : sortCases(filtered, query.sort);
    const visible = new Set(shown.map((c) => c.id));
    for (const [id, li] of items) li.hidden = !visible.has(id);
    list.append(...shown.map((c) => items.get(c.id)!));
    status.textContent = shown.length === cases.length ? `共 ${cases.length} 件` : `找到 ${shown.length} 件（共 ${cases.length} 件）`;
    empty.hidden = shown.length > 0;
  }

  function update(): void {
    const query = readForm();
    const qs = writeCaseQuery(query).toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    render(query);
  }

  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-case-clear]')?.addEventListener('click', () => {
    history.replaceState(null, '', location.pathname);
    render(readCaseQuery(new URLSearchParams()));
  });
  window.addEventListener('popstate', () => render(readCaseQuery(new URLSearchParams(location.search))));
  render(readCaseQuery(new URLSearchParams(location.search)));
}
