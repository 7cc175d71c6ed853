/** Explanations quote the provision a question rests on: the sentence of the cited text that carries the answer. */
import { bigrams, quote } from './text.ts';
import type { ProvisionQuote } from './types.ts';

/** A provision's MDX text as a reader sees it: repair notes keep their repaired words, headings lose their marks. */
export function plainProvisionText(mdx: string): string {
  return mdx
    .replace(/<Repair\b[^>]*>([\s\S]*?)<\/Repair>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*/g, '');
}

function sentences(text: string): string[] {
  return (
    text
      .split(/(?<=[。；;！？])|\n+/)
      // A statute article's number is in the citation already.
      .map((s) => s.trim().replace(/^第[一二三四五六七八九十百零]+条\s*/u, ''))
      // Headings alone ("(二)坚持属地管理、分级负责") say no rule.
      .filter((s) => s.replace(/^[(（][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、|^\d+\./, '').length >= 12)
  );
}

const plain = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, '');

export interface QuoteOptions {
  /** Words the quotation must contain (any one of them): the term a definition is about. Without one, no quotation. */
  mustContain?: readonly string[] | undefined;
  /** Names of what is defined: a quotation without any of them is led by the provision's heading when that names it ("(十)完善“三调联动”机制"). */
  headingNames?: readonly string[] | undefined;
  /** Quote a short provision whole (a principle item), so the words a question blanks are in it wherever they stand. */
  whole?: boolean | undefined;
}

const MAX = 160;
/** A numbered heading at the start of a provision: "(十)完善“三调联动”机制。" */
const HEADING = /^[(（][一二三四五六七八九十]+[)）][^。]{1,30}。/;

/**
 * "原文（《…》第二条第（三）项）：“…”": the passage of the cited provisions that carries `keys`
 * best — one sentence, or two adjacent ones when the second holds what the first lacks ("……联席会议。
 * 一般每年的上半年和下半年各组织一次"). A key counts by the share of its two-character words the
 * passage holds, each word weighted by how rare it is in the cited text, so a document's stock phrase
 * ("行政争议纾解") does not outweigh the words that tell two sentences apart ("专题培训"). Earlier
 * keys weigh more. Empty when no provision text is known.
 */
export function provisionQuote(
  provisions: ReadonlyMap<string, ProvisionQuote> | undefined,
  cites: readonly string[],
  keys: readonly string[],
  options: QuoteOptions = {},
): string {
  if (!provisions) return '';
  const found = cites.map((id) => provisions.get(id)).filter((p): p is ProvisionQuote => p !== undefined);
  if (found.length === 0) return '';
  if (options.whole) {
    const short = found.find(
      (p) => plain(p.text).length > 0 && p.text.trim().length <= 2 * MAX && keys.some((k) => coverage(k, p.text, () => 1) >= 0.5),
    );
    if (short) return `原文（${short.cite}）：${quote(short.text.trim().replace(/\s+/g, ''))}。`;
  }
  const all = found.flatMap((p) => sentences(p.text).map((s) => ({ cite: p.cite, s })));
  const df = new Map<string, number>();
  for (const { s } of all) for (const b of bigrams(s)) df.set(b, (df.get(b) ?? 0) + 1);
  const weight = (b: string) => 1 / (df.get(b) ?? 1);
  const score = (text: string) => keys.reduce((sum, k, i) => sum + coverage(k, text, weight) / (1 + 0.5 * i), 0);
  const must = (options.mustContain ?? []).filter((w) => w.length >= 2);
  const holds = (text: string) => must.length === 0 || must.some((w) => plain(text).includes(plain(w)));

  let best: { score: number; cite: string; text: string } | undefined;
  const consider = (cite: string, text: string, bonus: number) => {
    if (!holds(text)) return;
    const s = score(text) + bonus;
    if (!best || s > best.score) best = { score: s, cite, text };
  };
  all.forEach(({ cite, s }, i) => {
    consider(cite, s, 0);
    // Two sentences only when they add clearly more than one: a quotation stays short.
    const next = all[i + 1];
    if (next && next.cite === cite) consider(cite, `${s}${next.s}`, -0.35);
  });
  if (!best) return '';
  const b: { cite: string; text: string } = best;
  const body = clipAround(b.text, must, keys);
  // Where only the heading carries the term (sentences() drops short headings), the reader still sees it named.
  const names = (options.headingNames ?? []).filter((w) => w.length >= 2);
  const heading = found
    .find((p) => p.cite === b.cite)
    ?.text.trim()
    .match(HEADING)?.[0];
  if (heading && names.some((w) => heading.includes(w)) && !names.some((w) => plain(body).includes(plain(w))))
    return `原文（${b.cite}）：${quote(`${heading}…${body.replace(/^…/, '')}`)}。`;
  return `原文（${b.cite}）：${quote(body)}。`;
}

/** Share of `key`'s two-character words (weighted) that `text` holds; a key of one character counts whole or not at all. */
function coverage(key: string, text: string, weight: (b: string) => number): number {
  const kb = [...bigrams(key)];
  if (kb.length === 0) return key.length > 0 && text.includes(key) ? 1 : 0;
  const tb = bigrams(text);
  const total = kb.reduce((s, b) => s + weight(b), 0);
  return kb.filter((b) => tb.has(b)).reduce((s, b) => s + weight(b), 0) / total;
}

/**
 * A long passage shortened to its clauses around the words that matter (the term, or the clause
 * the keys touch most), never cut before them; "…" marks each cut.
 */
function clipAround(text: string, must: readonly string[], keys: readonly string[]): string {
  const t = text.trim().replace(/[。；;，,、：:\s]+$/u, '');
  if (t.length <= MAX) return t;
  const clauses = t.split(/(?<=[，,；;：:])/);
  const anchorOf = (c: string) =>
    must.some((w) => plain(c).includes(plain(w))) ? 100 : keys.reduce((s, k) => s + coverage(k, c, () => 1), 0);
  let anchor = 0;
  clauses.forEach((c, i) => {
    if (anchorOf(c) > anchorOf(clauses[anchor]!)) anchor = i;
  });
  let from = anchor;
  let to = anchor + 1;
  const len = () => clauses.slice(from, to).join('').length;
  // Grow forwards first (what follows the term says what it is), then backwards.
  while (to < clauses.length && len() + clauses[to]!.length <= MAX) to++;
  while (from > 0 && len() + clauses[from - 1]!.length <= MAX) from--;
  const body = clauses
    .slice(from, to)
    .join('')
    .replace(/[，,；;：:、]+$/u, '');
  return `${from > 0 ? '…' : ''}${body}${to < clauses.length ? '…' : ''}`;
}
