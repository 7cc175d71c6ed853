/**
 * The case list's data at build time, computed once per build: every case as listed (list order:
 * newest year first), and the compact filter index the list loads in the browser.
 */
import { createHash } from 'node:crypto';
import { caseSummary, getCases } from './cases.ts';
import { encodeIndex, type FacetIndex, type ListedCase, type TextShard } from '../lib/cases/filter-index.ts';

export interface CaseIndex {
  listed: ListedCase[];
  facets: FacetIndex;
  shards: TextShard[];
  /** Changes with the index's content, so a browser never pairs a new page with an old cached index. */
  version: string;
}

let index: Promise<CaseIndex> | undefined;

export function getCaseIndex(): Promise<CaseIndex> {
  index ??= getCases().then((cases) => {
    const listed = cases.map((c) => ({ ...caseSummary(c), place: c.data.region }));
    const { facets, shards } = encodeIndex(listed);
    const version = createHash('sha256')
      .update(JSON.stringify([facets, shards]))
      .digest('hex')
      .slice(0, 10);
    return { listed, facets, shards, version };
  });
  return index;
}
