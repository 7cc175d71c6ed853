/**
 * Related cases, computed at build time: same domain and mechanism weigh most, then shared
 * methods and overlapping wording (character bigrams of title, key points and tags, which works
 * for Chinese without a word segmenter).
 */
export interface SimilarityInput {
  id: string;
  domain: string;
  mechanism: string;
  methods: readonly string[];
  text: string;
}

export function bigrams(text: string): Set<string> {
  const clean = text.replace(/[\s\p{P}\p{S}\d]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i < clean.length - 1; i++) out.add(clean.slice(i, i + 2));
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export const WEIGHTS = { domain: 3, mechanism: 2, methods: 1.5, text: 4 } as const;

export function similarity(a: SimilarityInput, b: SimilarityInput, grams = new Map<string, Set<string>>()): number {
  const g = (x: SimilarityInput) => {
    let s = grams.get(x.id);
    if (!s) grams.set(x.id, (s = bigrams(x.text)));
    return s;
  };
  return (
    (a.domain === b.domain ? WEIGHTS.domain : 0) +
    (a.mechanism === b.mechanism ? WEIGHTS.mechanism : 0) +
    WEIGHTS.methods * jaccard(new Set(a.methods), new Set(b.methods)) +
    WEIGHTS.text * jaccard(g(a), g(b))
  );
}

/**
 * The `max` most similar other items (at least `min` when there are that many), best first; ties
 * by id. Candidates share the target's domain or mechanism (the two strongest signals), unless
 * that leaves fewer than `min`; this keeps a library of 10,000 cases from costing 10⁸ comparisons.
 * Pass one `grams` map for a whole build so each text is split into bigrams once.
 */
export function relatedItems(
  target: SimilarityInput,
  all: readonly SimilarityInput[],
  { min = 3, max = 5, threshold = 2 } = {},
  grams = new Map<string, Set<string>>(),
): { id: string; score: number }[] {
  const others = all.filter((x) => x.id !== target.id);
  const near = others.filter((x) => x.domain === target.domain || x.mechanism === target.mechanism);
  const ranked = (near.length >= min ? near : others)
    .map((x) => ({ id: x.id, score: similarity(target, x, grams) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const strong = ranked.filter((r) => r.score >= threshold);
  return (strong.length >= min ? strong : ranked.slice(0, min)).slice(0, max);
}
