/**
 * When the full-text index finds nothing (a fragment of a word, a phrase split differently), a
 * fuzzy match over titles and provision headings, loaded only when needed.
 */
import Fuse from 'fuse.js';

export interface FallbackEntry {
  url: string;
  title: string;
  type: string;
  excerpt: string;
}

let fuse: Promise<Fuse<FallbackEntry>> | undefined;

export async function fallbackSearch(base: string, q: string): Promise<FallbackEntry[]> {
  fuse ??= fetch(`${base}search/fallback.json`)
    .then((r) => r.json() as Promise<FallbackEntry[]>)
    .then((entries) => new Fuse(entries, { keys: [{ name: 'title', weight: 2 }, 'excerpt'], ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 }))
    .catch((error: unknown) => {
      fuse = undefined; // not kept: a later search tries again
      throw error;
    });
  return (await fuse).search(q, { limit: 8 }).map((r) => r.item);
}
