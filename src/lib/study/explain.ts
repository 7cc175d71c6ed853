/** Explanations quote the provision a question rests on: the sentence of the cited text that carries the answer. */
import { clip, quote, sharedWords } from './text.ts';
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
      .map((s) => s.trim())
      // Headings alone ("(二)坚持属地管理、分级负责") say no rule.
      .filter((s) => s.replace(/^[(（][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、|^\d+\./, '').length >= 12)
  );
}

/**
 * "原文（《…》第二条第（三）项）：“…”": the sentence of the cited provisions that contains the
 * most of `keys` (whole keys count far more than shared words). Empty when no provision text is known.
 */
export function provisionQuote(
  provisions: ReadonlyMap<string, ProvisionQuote> | undefined,
  cites: readonly string[],
  keys: readonly string[],
): string {
  if (!provisions) return '';
  let best: { score: number; cite: string; sentence: string } | undefined;
  for (const id of cites) {
    const p = provisions.get(id);
    if (!p) continue;
    for (const sentence of sentences(p.text)) {
      const score = keys.reduce((sum, k) => sum + (k.length >= 2 && sentence.includes(k) ? 100 : 0) + sharedWords(k, sentence), 0);
      if (!best || score > best.score) best = { score, cite: p.cite, sentence };
    }
  }
  return best ? `原文（${best.cite}）：${quote(clip(best.sentence, 160))}。` : '';
}
