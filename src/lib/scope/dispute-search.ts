/**
 * Finds the dispute domain from what a citizen says at the window (“讨薪”“楼上漏水”“老板不发工资”),
 * over src/content/dispute-vocabulary.yaml. Pure; runs in the browser and in tests.
 *
 * Short Chinese input has no word boundaries, and fuzzy matching alone ranks “老板不发工资” poorly
 * against “不发工资”. So there are two passes, merged per vocabulary entry (best score wins):
 *  1. containment — the input contains a known name (or a name contains the input, for input of
 *     two or more characters). An exact match scores 0; otherwise the more of the longer string
 *     the match covers, the better. Scores 0–0.3.
 *  2. shared character pairs — for names of three or more characters, the share of the name's
 *     adjacent character pairs that also occur in the input, when it is at least half. This
 *     catches words split by other words: “公司拖欠我三个月工资” shares 拖欠 and 工资 with
 *     “拖欠工资”, “营业执照被吊销了” shares 吊销, 营业, 执照 with “吊销营业执照”. Scores 0.3–0.5.
 *  3. fuse.js fuzzy matching on `term` and `also`, ignoring location (a name may sit anywhere in
 *     the input), for typos and near-misses. Fuse's score s maps to 0.5 + 0.5·s.
 * Each pass ranks above the next. Lower scores are better, as in fuse.js.
 */
import Fuse from 'fuse.js';
import { DISPUTE_VOCABULARY } from '../search/fuse-options.ts';

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
const PAIRS_MAX = 0.5;
const PAIRS_MIN_SHARE = 0.5;

function pairs(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

export function createDisputeSearch(vocabulary: readonly VocabularyEntry[]): DisputeSearch {
  const entries = vocabulary.map((e) => ({
    term: e.term,
    domains: [...e.domains],
    also: [...(e.also ?? [])],
    names: [e.term, ...(e.also ?? [])]
      .map((n) => ({ raw: n, norm: normalizeQuery(n) }))
      .filter((n) => n.norm.length > 0)
      .map((n) => ({ ...n, pairs: pairs(n.norm) })),
  }));
  const fuse = new Fuse(entries, DISPUTE_VOCABULARY);

  function search(text: string, limit = 10): DisputeMatch[] {
    const q = normalizeQuery(text);
    if (q.length === 0) return [];
    const qPairs = pairs(q);
    const best = new Map<number, DisputeMatch>();
    const offer = (i: number, score: number, matched: string) => {
      const e = entries[i]!;
      const prev = best.get(i);
      if (!prev || score < prev.score) best.set(i, { term: e.term, domains: [...e.domains], score, matched });
    };

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

    for (const r of fuse.search(q)) {
      const matched = r.matches?.[0]?.value ?? r.item.term;
      offer(r.refIndex, PAIRS_MAX + (1 - PAIRS_MAX) * (r.score ?? 1), matched);
    }

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
