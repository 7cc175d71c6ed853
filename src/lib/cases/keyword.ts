/**
 * The case list's keyword filter over precomputed text: exact matches first (a substring test per
 * case), then Fuse's fuzzy matches, run only over the cases that could match at all.
 *
 * Each case's searchable text (title, key points, tags) is stored as one string (storedText) and
 * normalised once when it arrives: the keystroke only runs substring tests.
 */
import Fuse from 'fuse.js';
import { CASE_SEARCH } from '../search/fuse-options.ts';

export const FIELD = '\u001f';
export const ITEM = '\u001e';

/** Full-width letters and digits as ASCII, lower case, no white space: what a reader types is compared to what the case says. */
export function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The stored text of one case, as written: title FIELD keyPoints (ITEM-separated) FIELD tags
 * (ITEM-separated). The list shows its title and first key point from it; the browser normalises
 * it once when it arrives (normaliseText keeps the separators), not on each keystroke. Storing it
 * once instead of a display copy and a normalised copy saves a third of the bytes.
 */
export function storedText(title: string, keyPoints: readonly string[], tags: readonly string[]): string {
  const clean = (s: string) => s.replaceAll(FIELD, '').replaceAll(ITEM, '');
  return [clean(title), keyPoints.map(clean).join(ITEM), tags.map(clean).join(ITEM)].join(FIELD);
}

/** The fields Fuse weighs (CASE_SEARCH keys), back from the stored text. */
export function fieldsOf(text: string): { title: string; keyPoints: string[]; tags: string[] } {
  const [title = '', keyPoints = '', tags = ''] = text.split(FIELD);
  const list = (s: string) => (s ? s.split(ITEM) : []);
  return { title, keyPoints: list(keyPoints), tags: list(tags) };
}

/** Positions of the cases whose text contains the (normalised) words, in list order. */
export function exactMatches(texts: readonly string[], q: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(q)) out.push(i);
  return out;
}

/**
 * Fuse accepts a field when the words occur in it with at most threshold × length edits
 * (`ignoreLocation`: the score is edits / length). Words split into edits + 1 pieces keep at least
 * one piece intact in any such occurrence, so a case containing none of the pieces cannot match.
 * Fuse's bit-parallel search handles words of up to 32 characters in one piece; longer words are
 * not split (every case is a candidate).
 */
export function fuzzyPieces(q: string, threshold = CASE_SEARCH.threshold ?? 0.6): string[] | undefined {
  // Fuse counts length in UTF-16 units, as String#length does.
  if (q.length > 32) return undefined;
  const edits = Math.floor(threshold * q.length);
  const parts = edits + 1;
  const out: string[] = [];
  for (let k = 0; k < parts; k++) {
    const piece = q.slice(Math.floor((k * q.length) / parts), Math.floor(((k + 1) * q.length) / parts));
    if (piece) out.push(piece);
  }
  return out;
}

/**
 * True when some part of `text` is within `edits` insertions, deletions or substitutions of `q`
 * (Sellers' dynamic programme: a match may start anywhere). Fuse's bit-parallel search accepts the
 * same occurrences, so this decides cheaply which cases Fuse needs to score.
 */
export function withinEdits(text: string, q: string, edits: number): boolean {
  const m = q.length;
  if (m === 0) return true;
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    row[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (q.charCodeAt(j - 1) === c ? 0 : 1);
      row[j] = Math.min(sub, prev[j]! + 1, row[j - 1]! + 1);
    }
    if (row[m]! <= edits) return true;
    [prev, row] = [row, prev];
  }
  return false;
}

/**
 * Positions of the cases Fuse might match, excluding those already found exactly: they contain
 * one of the pieces (fuzzyPieces) and an occurrence within the allowed edits.
 */
export function fuzzyCandidates(
  texts: readonly string[],
  q: string,
  skip: ReadonlySet<number>,
  threshold = CASE_SEARCH.threshold ?? 0.6,
): number[] {
  const pieces = fuzzyPieces(q, threshold);
  const edits = Math.floor(threshold * q.length);
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (skip.has(i)) continue;
    const t = texts[i]!;
    if (!pieces || (pieces.some((p) => t.includes(p)) && withinEdits(t, q, edits))) out.push(i);
  }
  return out;
}

/** Fuse's matches among the candidates, best first (positions into `texts`). */
export function fuzzyMatches(texts: readonly string[], q: string, candidates: readonly number[]): number[] {
  if (candidates.length === 0) return [];
  const records = candidates.map((i) => ({ i, ...fieldsOf(texts[i]!) }));
  return new Fuse(records, CASE_SEARCH).search(q).map((r) => r.item.i);
}

/** Fuzzy matches are looked for only when the exact words find fewer cases than this. */
export const FUZZY_BELOW = 10;

/** The keyword filter: exact matches in list order, then (when they are few) Fuse's, best first. */
export function keywordMatches(texts: readonly string[], words: string): number[] {
  const q = normaliseText(words);
  if (!q) return texts.map((_, i) => i);
  const exact = exactMatches(texts, q);
  if (exact.length >= FUZZY_BELOW) return exact;
  return [...exact, ...fuzzyMatches(texts, q, fuzzyCandidates(texts, q, new Set(exact)))];
}
