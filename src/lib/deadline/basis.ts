/**
 * Resolves the deadline rules' provisions (DEADLINE_PROVISIONS) to how they are cited and what
 * they say, from the statute text. Pure: the caller supplies the lookup (the build's provision
 * index, or the content tests' loader).
 */
import { matchArticle } from '../provisions/numbering.ts';
import { DEADLINE_PROVISIONS, type DeadlineBasis, type DeadlineRuleKey } from './rules.ts';

export function deadlineBasis(lookup: (id: string) => { citeText: string; text: string } | undefined): DeadlineBasis {
  const out: Partial<DeadlineBasis> = {};
  for (const [key, id] of Object.entries(DEADLINE_PROVISIONS) as [DeadlineRuleKey, string][]) {
    const p = lookup(id);
    if (!p) throw new Error(`期限计算依据的条款 ${id} 不存在：请检查 src/content/statutes/minfadian.mdx 是否收录该条款`);
    // The first 款 of an article starts with 第X条; the rule quotes only the words.
    const first = p.text.split('\n')[0]!;
    const art = matchArticle(first);
    out[key] = { cite: p.citeText, text: art ? first.trimStart().slice(art.raw.length) : first };
  }
  return out as DeadlineBasis;
}
