/**
 * The search page's filter chips, known at build time. Pagefind could list them (pagefind.filters()),
 * but that downloads every filter index, which at 10,000 cases is most of a first search's bytes;
 * a filter's index is now fetched only when a chip is chosen.
 */

/** Every 类型 a page or record of the index declares (data-pagefind-filter="类型:…"). */
export const SEARCH_TYPES = ['法律法规', '法规文件', '法规条款', '程序', '清单', '术语', '案例', '工作日历', '工具', '学习'] as const;

/** URL parameter → Pagefind filter name. */
export const SEARCH_FILTERS = { type: '类型', domain: '领域', year: '年度', mechanism: '机制' } as const;
export type SearchFilterParam = keyof typeof SEARCH_FILTERS;

/** The chips of each filter, in display order: years newest first, the rest in pinyin order. */
export type SearchFilterValues = Record<SearchFilterParam, string[]>;

export function searchFilterValues(pages: {
  cases: readonly { year: number; domain: string; mechanism: string }[];
  procedures: readonly { mechanism: string }[];
}): SearchFilterValues {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    type: sorted(SEARCH_TYPES.filter((t) => t !== '案例' || pages.cases.length > 0)),
    domain: sorted(pages.cases.map((c) => c.domain)),
    year: [...new Set(pages.cases.map((c) => String(c.year)))].sort((a, b) => b.localeCompare(a)),
    // Procedure pages carry a 机制 filter too (src/pages/procedures/[id].astro).
    mechanism: sorted([...pages.cases, ...pages.procedures].map((x) => x.mechanism)),
  };
}
