/** The parts of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; locations?: number[]; weighted_locations?: { balanced_score: number }[] }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
  // filters() is left out on purpose: it downloads every filter index (src/lib/search/filters.ts).
}
