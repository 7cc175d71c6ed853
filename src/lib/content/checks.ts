/**
 * Cross-field and cross-file rules the build enforces on content, each worded for the editor.
 * Pure functions over parsed data; the loaders in src/loaders/ run them during the content sync,
 * so `astro sync`, `astro build` and `npm test` all refuse the same mistakes.
 */
import { docBlocks, provisionTexts, type Scheme } from '../provisions/numbering.ts';
import type { ContentProblem } from './yaml-source.ts';

/** Frontmatter and body of an MDX file, and how many lines come before the body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length - 1 };
}

export const CASE_SECTIONS = ['基本案情', '调解过程', '调解结果', '典型意义'] as const;

/** A case sits in the folder of its year and has the four sections, in order. */
export function caseFileProblems(file: string, year: unknown, body: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = file.split('/').at(-2);
  if (typeof year === 'number' && folder !== String(year)) {
    problems.push({ file, line: 1, message: `year: ${year} 与所在目录 ${folder}/ 不一致：请把文件移到 ${year}/ 目录，或改正 year` });
  }
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => ({
    text: m[1]!.trim(),
    line: bodyLine + body.slice(0, m.index).split('\n').length,
  }));
  const names = headings.map((h) => h.text);
  for (const section of CASE_SECTIONS) {
    if (!names.includes(section))
      problems.push({
        file,
        message: `正文缺少“## ${section}”一节：案例正文应依次有 ${CASE_SECTIONS.map((s) => `## ${s}`).join('、')} 四节`,
      });
  }
  const known = headings.filter((h) => (CASE_SECTIONS as readonly string[]).includes(h.text));
  const order = known.map((h) => CASE_SECTIONS.indexOf(h.text as (typeof CASE_SECTIONS)[number]));
  const outOfOrder = known.find((_, i) => i > 0 && order[i]! <= order[i - 1]!);
  if (outOfOrder)
    problems.push({
      file,
      line: outOfOrder.line,
      message: `“## ${outOfOrder.text}”顺序不对或重复：四节应依次为 ${CASE_SECTIONS.join('、')}`,
    });
  for (const h of headings) {
    if (!(CASE_SECTIONS as readonly string[]).includes(h.text))
      problems.push({
        file,
        line: h.line,
        message: `“## ${h.text}”不是案例的一节：二级标题只能是 ${CASE_SECTIONS.join('、')}；小标题请用 ###`,
      });
  }
  return problems;
}

export interface CaseIdentity {
  file: string;
  title: string;
  source: { publisher: string; title: string };
}

/** The same case filed twice (same title and same source) under different file names. */
export function duplicateCases(cases: readonly CaseIdentity[]): ContentProblem[] {
  const key = (c: CaseIdentity) => [c.title, c.source.publisher, c.source.title].map((s) => s.replace(/\s+/g, '')).join('\u0000');
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const c of [...cases].sort((a, b) => a.file.localeCompare(b.file))) {
    const earlier = first.get(key(c));
    if (earlier)
      problems.push({
        file: c.file,
        message: `与 ${earlier} 是同一件案例（标题和来源都相同）：请删去其中一个文件；确是不同案例的，请改写标题以示区别`,
      });
    else first.set(key(c), c.file);
  }
  return problems;
}

/** Citation id → provision text, from the regulation MDX files (a document maps to its whole body). */
export function provisionTextIndex(docs: readonly { id: string; body: string; scheme?: Scheme }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const doc of docs) {
    const blocks = docBlocks(doc.body);
    index.set(doc.id, blocks.map((b) => b.text).join('\n'));
    for (const [path, text] of provisionTexts(blocks, doc.scheme ?? 'policy')) index.set(`${doc.id}/${path}`, text);
  }
  return index;
}

const UNIT_WORDS = { day: ['日', '天'], workday: ['个工作日', '工作日'], month: ['个月', '月'], year: ['年'] } as const;
const UNIT_NAMES = { day: '日', workday: '个工作日', month: '个月', year: '年' } as const;

/** Every way the documents write a period: 3日, 3个工作日, 三个工作日, 一个月 … */
export function periodForms(count: number, unit: keyof typeof UNIT_WORDS): string[] {
  const cn = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const numbers = [String(count)];
  if (count <= 10) numbers.push(cn[count]!);
  else if (count < 20) numbers.push(`十${cn[count - 10]}`);
  else if (count % 10 === 0 && count < 100) numbers.push(`${cn[count / 10]}十`);
  return numbers.flatMap((n) => UNIT_WORDS[unit].map((w) => `${n}${w}`));
}

export interface DeadlineToCheck {
  id: string;
  count: number;
  unit: keyof typeof UNIT_WORDS;
  cites: readonly string[];
}

/** A deadline's period must be written in at least one provision it cites, or the site would state a number its source does not. */
export function deadlineDrift(file: string, deadlines: readonly DeadlineToCheck[], texts: ReadonlyMap<string, string>): ContentProblem[] {
  return deadlines
    .filter((d) => d.cites.every((id) => texts.has(id)))
    .filter((d) => !d.cites.some((id) => periodForms(d.count, d.unit).some((form) => texts.get(id)!.includes(form))))
    .map((d) => ({
      file,
      message: `期限 ${d.id} 写的是 ${d.count}${UNIT_NAMES[d.unit]}，但所引条款 ${d.cites.join('、')} 中没有“${periodForms(d.count, d.unit).slice(0, 2).join('”或“')}”：请对照原文核对 count 和 unit，或改引写明该期限的条款`,
    }));
}
