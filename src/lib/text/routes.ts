/**
 * Every page address with a variable part, in one place: pages, queries, the search records and
 * the islands build links from these, so renaming a route is one edit. The results are site paths
 * without the base; pass them through `href()` (pages) or `withBase()` (elsewhere).
 */
import { provisionAnchor } from '../provisions/numbering.ts';

const q = (params: Record<string, string>): string => {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : '';
};

export const routes = {
  home: '/',
  regulations: '/regulations/',
  regulation: (doc: string): string => `/regulations/${doc}/`,
  /** A provision's anchor on its document's page; `path` like 6.3. */
  provision: (doc: string, path: string): string => `/regulations/${doc}/#${provisionAnchor(path)}`,
  procedures: '/procedures/',
  /** A procedure's page, or one of its deadlines on it. */
  procedure: (id: string, deadline?: string): string => `/procedures/${id}/${deadline ? `#${deadline}` : ''}`,
  proceduresCompare: '/procedures/compare/',
  scope: '/scope/',
  /** A checklist, or one of its items. */
  checklist: (id: string, item?: string): string => `/scope/${id}/${item ? `#${item}` : ''}`,
  calendar: '/calendar/',
  obligation: (id: string): string => `/calendar/#${id}`,
  calendarIcs: (year: number): string => `/calendar/${year}.ics`,
  glossary: '/glossary/',
  glossaryTerm: (id: string): string => `/glossary/#${id}`,
  cases: '/cases/',
  /** The case library filtered, e.g. { year: '2024' } or { mechanism: '行政调解' }. */
  casesWhere: (params: Record<string, string>): string => `/cases/${q(params)}`,
  casesYear: (year: number | string): string => `/cases/${year}/`,
  /** `id` is the collection id `<year>/<slug>`. */
  case: (id: string): string => `/cases/${id}/`,
  casesRss: '/cases/rss.xml',
  study: '/study/',
  studySheet: (id: string): string => `/study/sheet/${id}/`,
  tools: '/tools/',
  /** The deadline calculator, prefilled with form values (start, count, unit, procedure, label). */
  deadlineTool: (params: Record<string, string> = {}): string => `/tools/deadline/${q(params)}`,
  scopeTool: '/tools/scope/',
  search: (query?: string): string => `/search/${query ? q({ q: query }) : ''}`,
  searchFallback: '/search/fallback.json',
} as const;
