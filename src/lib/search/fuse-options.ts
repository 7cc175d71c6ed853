/**
 * The three fuzzy searches of the site and why each is tuned as it is, in one place. Fuse scores
 * 0 (exact) to 1 (anything); `threshold` is the worst score still shown. Chinese has no spaces
 * between words, so every use ignores where in the field a match is (`ignoreLocation`).
 */
import type { IFuseOptions } from 'fuse.js';

/**
 * Case library keyword box (titles, key points, tags). 0.34: a wrong or missing character in a
 * two- to four-character word still matches, while a different word of the same length does not;
 * titles weigh most because they name the parties and the dispute.
 */
export const CASE_SEARCH: IFuseOptions<unknown> = {
  keys: [
    { name: 'title', weight: 2 },
    { name: 'keyPoints', weight: 1 },
    { name: 'tags', weight: 1.5 },
  ],
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/**
 * Search page fallback over titles and provision headings, used only when the full-text index
 * finds nothing. 0.4, looser than the case box: it runs when there is no result at all, so a
 * near miss is better than an empty page.
 */
export const SEARCH_FALLBACK: IFuseOptions<unknown> = {
  keys: [{ name: 'title', weight: 2 }, 'excerpt'],
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};

/**
 * Everyday dispute names in the scope checker (two to eight characters each). 0.45: one wrong
 * character out of two or three must still match; the dispute search then ranks by shared
 * character pairs, so this only decides what is considered. One-character matches count because
 * the names are that short, and the field-length norm is off because it would favour the shortest.
 */
export const DISPUTE_VOCABULARY: IFuseOptions<unknown> = {
  keys: [
    { name: 'term', weight: 2 },
    { name: 'also', weight: 1 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.45,
  minMatchCharLength: 1,
  ignoreFieldNorm: true,
};
