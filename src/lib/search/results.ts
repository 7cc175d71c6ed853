/**
 * How one page's search hit is shown: the page once, with the section that matches best and an
 * excerpt that starts at a sentence. Pure; the search island renders what these return.
 */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { balanced_score: number }[];
}

/** The section with the most (weighted) matches; the first one on the page when tied. */
export function bestSection<T extends SectionHit>(sections: readonly T[]): T | undefined {
  const score = (s: T) => s.weighted_locations?.reduce((n, w) => n + w.balanced_score, 0) ?? s.locations?.length ?? 0;
  let best: T | undefined;
  for (const s of sections) if (!best || score(s) > score(best)) best = s;
  return best;
}

const SENTENCE_END = /[。！？；]/g;

/**
 * Pagefind cuts excerpts at a word count, so one often opens mid-sentence (“墙面也受潮发霉。马某认为…”).
 * Drop the fragment before the first sentence that reaches the first match; when no sentence
 * starts before the match, mark the cut with “…”.
 */
export function startAtSentence(excerpt: string): string {
  const text = excerpt.trim();
  const firstMark = text.indexOf('<mark>');
  const limit = firstMark === -1 ? text.length : firstMark;
  let cut = -1;
  for (const m of text.slice(0, limit).matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  if (cut > 0 && cut < text.length) return text.slice(cut).trimStart();
  if (cut > 0) return text;
  return /^[，、：,;.]/.test(text) ? `…${text.replace(/^[，、：,;.]+/, '')}` : text;
}
