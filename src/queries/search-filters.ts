/** The search page's filter chips, from the collections the indexed pages are built from. */
import { getCollection } from 'astro:content';
import { searchFilterValues, type SearchFilterValues } from '../lib/search/filters.ts';
import { getCases } from './cases.ts';

export async function getSearchFilterValues(): Promise<SearchFilterValues> {
  return searchFilterValues({
    cases: (await getCases()).map((c) => c.data),
    procedures: (await getCollection('procedures')).map((p) => p.data),
  });
}
