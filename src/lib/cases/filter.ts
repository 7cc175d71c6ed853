/**
 * The case list's state (facets, words, sort) ↔ URL, filtering, sorting and facet counts. Counts
 * for one facet apply every other active facet, the way library catalogues count.
 */
export const FACETS = ['year', 'domain', 'mechanism', 'outcome', 'region'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['year-desc', 'year-asc', 'days-asc', 'days-desc'] as const;
export type Sort = (typeof SORTS)[number];

export interface CaseSummary {
  id: string;
  title: string;
  href: string;
  year: number;
  domain: string;
  mechanism: string;
  outcome: string;
  /** Province-level region, e.g. 浙江省 */
  region: string;
  days: number | null;
  keyPoints: string[];
  tags: string[];
  /** Statute articles the case cites (法律依据), each at article level: renmin-tiaojie-fa/33 */
  laws: string[];
}

export interface CaseQuery {
  facets: Record<Facet, string[]>;
  /** One statute article (法律依据) the cases must cite, or '' */
  law: string;
  q: string;
  sort: Sort;
}

export function emptyQuery(): CaseQuery {
  return { facets: { year: [], domain: [], mechanism: [], outcome: [], region: [] }, law: '', q: '', sort: 'year-desc' };
}

export function readCaseQuery(params: URLSearchParams): CaseQuery {
  const query = emptyQuery();
  for (const f of FACETS) query.facets[f] = [...new Set(params.getAll(f).filter(Boolean))];
  query.q = (params.get('q') ?? '').trim().slice(0, 100);
  query.law = (params.get('law') ?? '').trim();
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) query.sort = sort as Sort;
  return query;
}

export function writeCaseQuery(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const f of FACETS) for (const v of [...query.facets[f]].sort()) params.append(f, v);
  if (query.law) params.set('law', query.law);
  if (query.sort !== 'year-desc') params.set('sort', query.sort);
  return params;
}

/** What the facets read of a case: the summary or a row of the compact filter index alike. */
export type Faceted = Pick<CaseSummary, 'year' | 'domain' | 'mechanism' | 'outcome' | 'region'>;

const value = (c: Faceted, f: Facet): string => (f === 'year' ? String(c.year) : c[f]);

/** Matches every active facet (values within a facet are alternatives), optionally skipping one. */
export function matchesFacets(c: Faceted, facets: CaseQuery['facets'], skip?: Facet): boolean {
  return FACETS.every((f) => f === skip || facets[f].length === 0 || facets[f].includes(value(c, f)));
}

/**
 * The article a statute provision belongs to: renmin-tiaojie-fa/33.2.1 → renmin-tiaojie-fa/33, so
 * filtering by 第三十三条 also finds a case that cites its 第二款. A whole-document id stays as is.
 */
export function lawArticle(id: string): string {
  const [doc, path] = id.split('/');
  return path ? `${doc}/${path.split('.')[0]}` : doc!;
}

/** True when no article is chosen or the case cites it. */
export function matchesLaw(c: Pick<CaseSummary, 'laws'>, law: string): boolean {
  return law === '' || c.laws.includes(law);
}

export function facetCounts(cases: readonly Faceted[], query: CaseQuery): Record<Facet, Map<string, number>> {
  const out = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const f of FACETS) {
    for (const c of cases) {
      if (!matchesFacets(c, query.facets, f)) continue;
      const v = value(c, f);
      out[f].set(v, (out[f].get(v) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Sorts by the chosen key; equal keys by id. `byId` may be given as a cheaper comparison that
 * orders the same way (the list in the browser compares list positions instead of strings).
 */
export function sortCases<T extends Pick<CaseSummary, 'id' | 'year' | 'days'>>(
  cases: readonly T[],
  sort: Sort,
  byId: (a: T, b: T) => number = (a, b) => a.id.localeCompare(b.id),
): T[] {
  const days = (c: T, missing: number) => c.days ?? missing;
  const by: Record<Sort, (a: T, b: T) => number> = {
    'year-desc': (a, b) => b.year - a.year || byId(a, b),
    'year-asc': (a, b) => a.year - b.year || byId(a, b),
    // Cases without a reported duration go last either way.
    'days-asc': (a, b) => days(a, Infinity) - days(b, Infinity) || byId(a, b),
    'days-desc': (a, b) => days(b, -Infinity) - days(a, -Infinity) || byId(a, b),
  };
  return [...cases].sort(by[sort]);
}

/** 浙江省杭州市 → 浙江省; 上海市虹口区 → 上海市; 新疆维吾尔自治区… → 新疆维吾尔自治区. */
export function provinceOf(region: string): string {
  const m = /^(.+?(?:省|自治区|特别行政区)|北京市|天津市|上海市|重庆市)/.exec(region);
  return m?.[1] ?? region;
}
