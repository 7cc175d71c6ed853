/**
 * The first two passes of the dispute lookup (see dispute-search.ts): containment and shared
 * character pairs, scores 0–0.5. Without fuse.js, so the search page, which takes only close
 * matches as synonyms, does not download it.
 */

export interface VocabularyEntry {
  term: string;
  domains: readonly string[];
  also?: readonly string[] | undefined;
}

export interface DisputeMatch {
  term: string;
  domains: string[];
  /** 0 = exact; lower is better. */
  score: number;
  /** The name (term or synonym) that matched best. */
  matched: string;
}

export interface DisputeSearch {
  search(text: string, limit?: number): DisputeMatch[];
  /** Domains in the order of their best match, each once. */
  suggestDomains(text: string, limit?: number): string[];
}

/** Spaces and punctuation carry no meaning here; 全角 letters and digits become 半角. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const CONTAIN_MAX = 0.3;
export const PAIRS_MAX = 0.5;
const PAIRS_MIN_SHARE = 0.5;

function pairs(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** A vocabulary entry with its names normalised once. */
export interface PreparedEntry {
  term: string;
  domains: string[];
  names: { raw: string; norm: string; pairs: Set<string> }[];
}

export function prepareVocabulary(vocabulary: readonly VocabularyEntry[]): PreparedEntry[] {
  return vocabulary.map((e) => ({
    term: e.term,
    domains: [...e.domains],
    names: [e.term, ...(e.also ?? [])]
      .map((n) => ({ raw: n, norm: normalizeQuery(n) }))
      .filter((n) => n.norm.length > 0)
      .map((n) => ({ ...n, pairs: pairs(n.norm) })),
  }));
}

/** Passes 1 and 2 for a normalised query: offer(entry index, score, matched name) for each hit. */
export function offerCloseMatches(
  entries: readonly PreparedEntry[],
  q: string,
  offer: (i: number, score: number, matched: string) => void,
): void {
  const qPairs = pairs(q);
  entries.forEach((e, i) => {
    for (const n of e.names) {
      if (n.norm === q) offer(i, 0, n.raw);
      else if (n.norm.length >= 2 && q.includes(n.norm)) offer(i, CONTAIN_MAX * (1 - n.norm.length / q.length) + 0.01, n.raw);
      else if (q.length >= 2 && n.norm.includes(q)) offer(i, CONTAIN_MAX * (1 - q.length / n.norm.length) + 0.02, n.raw);
      else if (n.pairs.size >= 2) {
        let shared = 0;
        for (const p of n.pairs) if (qPairs.has(p)) shared++;
        const share = shared / n.pairs.size;
        if (share >= PAIRS_MIN_SHARE) offer(i, CONTAIN_MAX + (PAIRS_MAX - CONTAIN_MAX) * (1 - share) * 0.99, n.raw);
      }
    }
  });
}

/**
 * A lookup with passes 1 and 2 only. Same results as createDisputeSearch for every match scoring
 * below 0.5 (fuse.js only adds matches scoring 0.5 or more, and never lowers a score).
 */
export function createCloseMatchSearch(vocabulary: readonly VocabularyEntry[]): DisputeSearch {
  const entries = prepareVocabulary(vocabulary);
  return buildSearch(entries, () => {});
}

/** Runs the passes, then `more` (e.g. fuzzy matching), and ranks: best score, longer name, vocabulary order. */
export function buildSearch(
  entries: readonly PreparedEntry[],
  more: (q: string, offer: (i: number, score: number, matched: string) => void) => void,
): DisputeSearch {
  function search(text: string, limit = 10): DisputeMatch[] {
    const q = normalizeQuery(text);
    if (q.length === 0) return [];
    const best = new Map<number, DisputeMatch>();
    const offer = (i: number, score: number, matched: string) => {
      const e = entries[i]!;
      const prev = best.get(i);
      if (!prev || score < prev.score) best.set(i, { term: e.term, domains: [...e.domains], score, matched });
    };
    offerCloseMatches(entries, q, offer);
    more(q, offer);
    return [...best.entries()]
      .sort(([ia, a], [ib, b]) => a.score - b.score || b.matched.length - a.matched.length || ia - ib)
      .slice(0, limit)
      .map(([, m]) => m);
  }

  function suggestDomains(text: string, limit = 3): string[] {
    const out: string[] = [];
    for (const m of search(text, 20)) for (const d of m.domains) if (!out.includes(d)) out.push(d);
    return out.slice(0, limit);
  }

  return { search, suggestDomains };
}
