/**
 * When the full-text index finds nothing (a fragment of a word, a phrase split differently), a
 * fuzzy match over titles and provision headings, loaded only when needed.
 */
import { routes } from '../../lib/text/routes.ts';
import Fuse from 'fuse.js';
import { SEARCH_FALLBACK } from '../../lib/search/fuse-options.ts';
import { withBase } from '../../lib/text/paths.ts';

export interface FallbackEntry {
  url: string;
  title: string;
  type: string;
  excerpt: string;
}

let fuse: Promise<Fuse<FallbackEntry>> | undefined;

export async function fallbackSearch(base: string, q: string): Promise<FallbackEntry[]> {
  fuse ??= fetch(withBase(base, routes.searchFallback))
    .then((r) => r.json() as Promise<FallbackEntry[]>)
    .then((entries) => new Fuse(entries, SEARCH_FALLBACK))
    .catch((error: unknown) => {
      fuse = undefined; // not kept: a later search tries again
      throw error;
    });
  return (await fuse).search(q, { limit: 8 }).map((r) => r.item);
}
