/**
 * Related cases for a whole library at once, with the same result as calling relatedItems for
 * every case (same scores to the last bit, same order, same ties), in time a 10,000-case build can
 * afford: each case's bigrams are numbered once, shared bigrams are counted through an inverted
 * index restricted to the candidates (cases of the same domain or mechanism), and only the best `max`
 * candidates are kept instead of sorting every candidate list. relatedItems per page cost O(n) sets and a sort of ~n/3 items,
 * i.e. about 5 minutes of a 10,000-case build.
 */
import { bigrams, WEIGHTS, type SimilarityInput } from './similarity.ts';

export interface Related {
  id: string;
  score: number;
}

/** Numbers each distinct value; returns the numbers of a list, deduplicated and sorted. */
function numberer() {
  const ids = new Map<string, number>();
  const of = (v: string) => {
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    return id;
  };
  return { of, set: (values: Iterable<string>) => Int32Array.from(new Set([...values].map(of))).sort(), size: () => ids.size };
}

/** |a ∩ b| of two sorted, duplicate-free arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** jaccard() of similarity.ts from sizes and the shared count, with the same arithmetic. */
const jaccardOf = (a: number, b: number, shared: number) => (a === 0 && b === 0 ? 0 : shared / (a + b - shared));

/**
 * The cases grouped by one key (domain or mechanism): `order` lists the cases group by group,
 * `from[k]..from[k+1]` is group k's stretch of it, and for every bigram `postings` holds the
 * positions in `order` of the cases containing it, ascending, so one group's part of a posting
 * list is found by binary search.
 */
function groupIndex(key: Int32Array, groups: number, grams: readonly Int32Array[], words: number) {
  const n = key.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
  const from = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) from[key[i]! + 1]!++;
  for (let k = 0; k < groups; k++) from[k + 1]! += from[k]!;
  const start = new Int32Array(words + 1);
  for (const g of grams) for (const w of g) start[w + 1]!++;
  for (let w = 0; w < words; w++) start[w + 1]! += start[w]!;
  const fill = start.slice(0, -1);
  const postings = new Int32Array(start[words]!);
  order.forEach((i, rank) => grams[i]!.forEach((w) => (postings[fill[w]!++] = rank)));
  /** First index in postings[lo, hi) whose rank is ≥ rank. */
  const seek = (lo: number, hi: number, rank: number) => {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (postings[mid]! < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { order, from, start, postings, seek };
}

/** Related items of every input, keyed by id; see relatedItems for the options. */
export function relatedAll(all: readonly SimilarityInput[], { min = 3, max = 5, threshold = 2 } = {}): Map<string, Related[]> {
  const n = all.length;
  const words = numberer();
  const methodIds = numberer();
  const domainIds = numberer();
  const mechanismIds = numberer();
  const grams = all.map((x) => words.set(bigrams(x.text)));
  const methods = all.map((x) => methodIds.set(x.methods));
  const domain = Int32Array.from(all, (x) => domainIds.of(x.domain));
  const mechanism = Int32Array.from(all, (x) => mechanismIds.of(x.mechanism));
  const byDomain = groupIndex(domain, domainIds.size(), grams, words.size());
  const byMechanism = groupIndex(mechanism, mechanismIds.size(), grams, words.size());

  const shared = new Int32Array(n);
  const out = new Map<string, Related[]>();
  const before = (a: Related, b: Related) => b.score - a.score || a.id.localeCompare(b.id);
  for (let t = 0; t < n; t++) {
    const dFrom = byDomain.from[domain[t]!]!;
    const dTo = byDomain.from[domain[t]! + 1]!;
    const mFrom = byMechanism.from[mechanism[t]!]!;
    const mTo = byMechanism.from[mechanism[t]! + 1]!;
    // The candidates: cases sharing the domain, then those sharing only the mechanism.
    const near: number[] = [];
    for (let r = dFrom; r < dTo; r++) if (byDomain.order[r] !== t) near.push(byDomain.order[r]!);
    for (let r = mFrom; r < mTo; r++) if (domain[byMechanism.order[r]!] !== domain[t]) near.push(byMechanism.order[r]!);
    const candidates = near.length >= min ? near : Array.from({ length: n }, (_, i) => i).filter((i) => i !== t);
    if (candidates === near) {
      // Shared bigrams with every candidate, from the two groups' parts of the posting lists.
      for (const w of grams[t]!) {
        const d = byDomain;
        for (let k = d.seek(d.start[w]!, d.start[w + 1]!, dFrom); k < d.start[w + 1]! && d.postings[k]! < dTo; k++)
          shared[d.order[d.postings[k]!]!]!++;
        const m = byMechanism;
        for (let k = m.seek(m.start[w]!, m.start[w + 1]!, mFrom); k < m.start[w + 1]! && m.postings[k]! < mTo; k++) {
          const i = m.order[m.postings[k]!]!;
          if (domain[i] !== domain[t]) shared[i]!++;
        }
      }
      shared[t] = 0; // the case itself, counted in its own domain's postings
    } else {
      for (const i of candidates) shared[i] = sharedCount(grams[t]!, grams[i]!);
    }
    const top: Related[] = [];
    for (const d of candidates) {
      // Same expression, in the same order, as similarity() in similarity.ts.
      const score =
        (domain[d] === domain[t] ? WEIGHTS.domain : 0) +
        (mechanism[d] === mechanism[t] ? WEIGHTS.mechanism : 0) +
        WEIGHTS.methods * jaccardOf(methods[t]!.length, methods[d]!.length, sharedCount(methods[t]!, methods[d]!)) +
        WEIGHTS.text * jaccardOf(grams[t]!.length, grams[d]!.length, shared[d]!);
      shared[d] = 0;
      if (top.length === max && score < top[max - 1]!.score) continue;
      const candidate = { id: all[d]!.id, score };
      if (top.length === max && before(candidate, top[max - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && before(candidate, top[at - 1]!) < 0) at--;
      top.splice(at, 0, candidate);
      if (top.length > max) top.pop();
    }
    // relatedItems: the strong ones (score ≥ threshold) if there are at least `min`, else the best `min`.
    const strong = top.filter((r) => r.score >= threshold).length;
    out.set(all[t]!.id, strong >= min ? top.slice(0, strong) : top.slice(0, min));
  }
  return out;
}
