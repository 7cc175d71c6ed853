/** Filtering and sorting of the regulation index; the state lives in the URL's query string. */
export interface RegulationQuery {
  q: string;
  level: string;
  kind: string;
  sort: string;
}

export interface RegulationRow {
  title?: string | undefined;
  short?: string | undefined;
  issuer?: string | undefined;
  region?: string | undefined;
  level?: string | undefined;
  kind?: string | undefined;
  date?: string | undefined;
}

const SORTS = new Set(['date', '-date', 'title', 'region']);

export function readRegulationQuery(params: URLSearchParams): RegulationQuery {
  const sort = params.get('sort') ?? 'date';
  return {
    q: (params.get('q') ?? '').trim(),
    level: params.get('level') ?? '',
    kind: params.get('kind') ?? '',
    sort: SORTS.has(sort) ? sort : 'date',
  };
}

export function applyRegulationQuery<T extends RegulationRow>(rows: T[], query: RegulationQuery): T[] {
  const q = query.q.toLowerCase();
  const kept = rows.filter(
    (r) =>
      (!query.level || r.level === query.level) &&
      (!query.kind || r.kind === query.kind) &&
      (!q || [r.title, r.short, r.issuer, r.region].some((f) => (f ?? '').toLowerCase().includes(q))),
  );
  const desc = query.sort.startsWith('-');
  const key = (desc ? query.sort.slice(1) : query.sort) as 'date' | 'title' | 'region';
  const field = (r: T): string => (key === 'title' ? (r.short ?? '') : (r[key] ?? ''));
  const sorted = [...kept].sort((a, b) => field(a).localeCompare(field(b), 'zh-CN'));
  return desc ? sorted.reverse() : sorted;
}
