/**
 * What a search box receives is not always what the index holds: numerals written either way
 * (三个工作日 / 3个工作日), full-width characters, stray spaces and punctuation. These helpers
 * turn one query into the variants worth running, and merge the results.
 */
import { parseChineseNumeral, toChineseNumeral } from '../provisions/numbering.ts';

const FULL_WIDTH = /[！-～]/g;
const COUNTERS = '个日天月年次名件项条';

/**
 * Longer queries are cut to this many characters before anything runs on them: no real query is
 * longer, and a 10,000-character ?q= would keep the fuzzy fallback busy for seconds.
 */
export const MAX_QUERY_LENGTH = 100;

/** What the search page works with: the query from the URL, trimmed and cut to the limit. */
export function capQuery(raw: string | null): { q: string; cut: boolean } {
  const text = (raw ?? '').trim();
  return { q: [...text].slice(0, MAX_QUERY_LENGTH).join('').trim(), cut: [...text].length > MAX_QUERY_LENGTH };
}

export function normalizeQuery(q: string): string {
  return q
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** The query, plus the same query with numerals before a counter written the other way. */
export function queryVariants(q: string): string[] {
  const base = normalizeQuery(q);
  if (!base) return [];
  const toDigits = base.replace(new RegExp(`([零〇一二两三四五六七八九十]{1,3})(?=[${COUNTERS}])`, 'g'), (m) => {
    const n = parseChineseNumeral(m === '两' ? '二' : m);
    return Number.isFinite(n) ? String(n) : m;
  });
  const toChinese = base.replace(new RegExp(`(\\d{1,2})(?=[${COUNTERS}])`, 'g'), (m) => {
    const n = Number(m);
    return n >= 1 && n <= 99 ? toChineseNumeral(n) : m;
  });
  return [...new Set([base, toDigits, toChinese])];
}

export interface Scored<T> {
  key: string;
  score: number;
  item: T;
}

/** Merges result lists of several variants: each key once, with its best score, best first. */
export function mergeByBestScore<T>(lists: Scored<T>[][]): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  for (const list of lists) for (const r of list) if (!best.has(r.key) || best.get(r.key)!.score < r.score) best.set(r.key, r);
  return [...best.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/**
 * An excerpt from the index as safe pieces: text, and the stretches the index marked as matches.
 * Built by hand from `<mark>` boundaries, so no markup from the index ever reaches innerHTML.
 */
export function excerptPieces(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(
        /&(lt|gt|quot|#39|#x27|amp);/g,
        (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e] ?? '',
      );
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }));
}

/** Question words that carry no content for the index ("联席会议多久开一次" → 联席会议, 一次). */
const STOP = new Set([
  '多久',
  '多长',
  '时间',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪个',
  '是否',
  '多少',
  '可以',
  '应该',
  '需要',
  '能否',
  '是不是',
  '的',
  '了',
  '吗',
  '呢',
]);

/**
 * The content words of a query, for a second pass when the whole query finds nothing: each word is
 * searched on its own and the scores added, so pages with more of the words rank higher.
 */
export function contentWords(q: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  let run = '';
  // The segmenter's dictionary lacks many policy terms (复议, 枫桥) and splits them into single
  // characters; consecutive single characters are joined back into one word.
  for (const s of segmenter.segment(normalizeQuery(q))) {
    if (!s.isWordLike || STOP.has(s.segment)) {
      run = flush(run, words);
    } else if (s.segment.length === 1 && !/\d/.test(s.segment)) {
      run += s.segment;
    } else {
      run = flush(run, words);
      words.push(s.segment);
    }
  }
  flush(run, words);
  return [...new Set(words)];
}

function flush(run: string, into: string[]): string {
  if (run.length >= 2) into.push(run);
  return '';
}

/** Adds up each key's scores across lists (an OR search), best first. */
export function mergeBySum<T>(lists: Scored<T>[][]): Scored<T>[] {
  const sum = new Map<string, Scored<T>>();
  for (const list of lists) {
    for (const r of list) {
      const prev = sum.get(r.key);
      sum.set(r.key, prev ? { ...prev, score: prev.score + r.score } : r);
    }
  }
  return [...sum.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** The result URL with the whole query to highlight on the target page (before any #anchor). */
export function withHighlight(url: string, q: string): string {
  const [path, hash] = url.split('#', 2);
  const clean = (path ?? '').replace(/[?&]highlight=[^&]*/g, '').replace(/\?$/, '');
  const sep = clean.includes('?') ? '&' : '?';
  return `${clean}${sep}highlight=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
}
