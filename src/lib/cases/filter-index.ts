/**
 * The compact filter index of the case list, emitted at build time and fetched by the list on
 * first use: facet values as positions in value tables (one column per field), and the display
 * and searchable text in shards of SHARD_SIZE cases, so that a facet alone loads only the shards
 * holding the results it shows.
 */
import type { CaseSummary } from './filter.ts';
import { fieldsOf, storedText } from './keyword.ts';

/** A case as the list shows it: its summary plus the region as reported (the facet uses the province). */
export interface ListedCase extends CaseSummary {
  place: string;
}

export const SHARD_SIZE = 1000;

const TABLES = ['domain', 'mechanism', 'outcome', 'region', 'place', 'laws'] as const;
type Table = (typeof TABLES)[number];

export interface FacetIndex {
  v: 1;
  shardSize: number;
  shards: number;
  tables: Record<Table, string[]>;
  id: string[];
  year: number[];
  domain: number[];
  mechanism: number[];
  outcome: number[];
  region: number[];
  place: number[];
  days: (number | null)[];
  laws: number[][];
}

/** Shard k holds cases k × shardSize … in list order. */
export interface TextShard {
  /** Title, key points and tags of each case as written (keyword.ts storedText). */
  text: string[];
}

/** What filtering and sorting need of a case: CaseSummary without its texts, plus where it is shown from. */
export type IndexRow = Pick<CaseSummary, 'id' | 'year' | 'domain' | 'mechanism' | 'outcome' | 'region' | 'days' | 'laws'> & {
  place: string;
  /** Position in the index (list order), which locates its text shard. */
  at: number;
};

export function encodeIndex(cases: readonly ListedCase[], shardSize = SHARD_SIZE): { facets: FacetIndex; shards: TextShard[] } {
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as string[]])) as Record<Table, string[]>;
  const positions = Object.fromEntries(TABLES.map((t) => [t, new Map<string, number>()])) as Record<Table, Map<string, number>>;
  const code = (t: Table, v: string): number => {
    let n = positions[t].get(v);
    if (n === undefined) {
      n = tables[t].push(v) - 1;
      positions[t].set(v, n);
    }
    return n;
  };
  const facets: FacetIndex = {
    v: 1,
    shardSize,
    shards: Math.ceil(cases.length / shardSize),
    tables,
    id: cases.map((c) => c.id),
    year: cases.map((c) => c.year),
    domain: cases.map((c) => code('domain', c.domain)),
    mechanism: cases.map((c) => code('mechanism', c.mechanism)),
    outcome: cases.map((c) => code('outcome', c.outcome)),
    region: cases.map((c) => code('region', c.region)),
    place: cases.map((c) => code('place', c.place)),
    days: cases.map((c) => c.days),
    laws: cases.map((c) => c.laws.map((l) => code('laws', l))),
  };
  const shards: TextShard[] = [];
  for (let start = 0; start < cases.length; start += shardSize) {
    const part = cases.slice(start, start + shardSize);
    shards.push({ text: part.map((c) => storedText(c.title, c.keyPoints, c.tags)) });
  }
  return { facets, shards };
}

export function decodeRows(f: FacetIndex): IndexRow[] {
  const t = f.tables;
  return f.id.map((id, i) => ({
    id,
    at: i,
    year: f.year[i]!,
    domain: t.domain[f.domain[i]!]!,
    mechanism: t.mechanism[f.mechanism[i]!]!,
    outcome: t.outcome[f.outcome[i]!]!,
    region: t.region[f.region[i]!]!,
    place: t.place[f.place[i]!]!,
    days: f.days[i]!,
    laws: f.laws[i]!.map((n) => t.laws[n]!),
  }));
}

/** Which shard holds the case at position `at`, and where in it. */
export function shardOf(at: number, shardSize: number): { shard: number; offset: number } {
  return { shard: Math.floor(at / shardSize), offset: at % shardSize };
}

/** What the list shows of a case from its stored text: the title and the first key point. */
export function displayOf(text: string): { title: string; lead: string } {
  const f = fieldsOf(text);
  return { title: f.title, lead: f.keyPoints[0] ?? '' };
}

/**
 * Orders rows as comparing their ids would, without collating strings (10,000 of them per sort):
 * ids are "<year>/<file name>" and the index is in list order, newest year first and by id within
 * a year, so the year and then the list position decide.
 */
export function byIdInList(a: IndexRow, b: IndexRow): number {
  return a.year - b.year || a.at - b.at;
}
