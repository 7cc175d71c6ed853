/**
 * Everyday words as search synonyms: “噪音” is how people say it, the documents and cases say
 * 噪音扰民 and file it under 邻里纠纷. The dispute vocabulary (the scope checker's lookup) gives,
 * for a query that is or contains one of its names, the entry's term and its domains.
 */
import type { DisputeSearch } from '../scope/dispute-search.ts';

/** Only names the query is, contains or nearly is (the lookup's containment pass), not fuzzy guesses. */
const CLOSE_ENOUGH = 0.3;

export function vocabularySynonyms(lookup: DisputeSearch, query: string): string[] {
  const q = query.trim();
  if (q.length < 2) return [];
  const words: string[] = [];
  const matches = lookup.search(q, 5);
  // The best entry only (and any tied with it): a second-best entry's domains widen the search
  // to a field the reader did not mean (噪音 → 施工扰民 → 建设工程).
  const best = matches[0]?.score ?? Infinity;
  for (const m of matches) {
    if (m.score > CLOSE_ENOUGH || m.score > best) continue;
    for (const w of [m.term, ...m.domains]) if (w !== q && !words.includes(w)) words.push(w);
  }
  return words;
}
