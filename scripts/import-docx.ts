#!/usr/bin/env node
/**
 * Drafts a case writeup from a submitted Word file.
 *
 *   npm run import:docx -- FILE.docx [--year 2026] [--slug zhang-wuye] [--dir src/content/cases]
 *
 * Reads the text with mammoth, recognises the title, labelled fields and the four sections
 * (src/lib/cases/docx-import.ts), writes src/content/cases/<year>/<slug>.mdx in the same layout as
 * `npm run new:case`, and prints what it filled in and what the editor must still supply. It then
 * runs the privacy check on the draft and prints the findings; the import itself does not fail on
 * them, but the build (npm run check:privacy) will until they are fixed. Never overwrites a file.
 * Text that MDX would turn into code or HTML (<script>, {…}, javascript: links) is refused, as in the build.
 */
import { existsSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import mammoth from 'mammoth';
import { buildCaseFile, describeMissing, isValidSlug, validateDraft, type RequiredField } from '../src/lib/cases/scaffold.ts';
import { newCaseFilePath, writeNewCaseFile } from '../src/node/case-file.ts';
import { draftCaseFromText, type DomainWord } from '../src/lib/cases/docx-import.ts';
import { readYamlList } from '../src/node/content.ts';
import { checkCaseFile } from '../src/lib/privacy/scan.ts';
import { splitFrontmatter } from '../src/lib/content/checks.ts';
import { CASE_COMPONENTS, checkMdxBody } from '../src/lib/content/mdx-gate.ts';
import { formatProblem } from '../src/lib/content/yaml-source.ts';

const { values, positionals } = parseArgs({
  options: {
    year: { type: 'string' },
    slug: { type: 'string' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});

const input = positionals[0];
if (values.help || input === undefined || positionals.length > 1) {
  console.log('用法：npm run import:docx -- 文件.docx [--year 2026] [--slug 文件名] [--dir src/content/cases]');
  process.exit(values.help ? 0 : 2);
}
if (!existsSync(input)) {
  console.error(`${input}：文件不存在`);
  process.exit(2);
}
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
  console.error(`--year 应为四位年份，收到“${values.year}”`);
  process.exit(2);
}
if (values.slug !== undefined && !isValidSlug(values.slug)) {
  console.error(`--slug 只能用小写字母、数字和连字符（收到“${values.slug}”）`);
  process.exit(2);
}

let text: string;
try {
  const result = await mammoth.extractRawText({ path: input });
  text = result.value;
  for (const m of result.messages) console.warn(`mammoth：${m.message}`);
} catch (e) {
  console.error(`${input}：无法读取 Word 文件（${(e as Error).message}）。只支持 .docx，.doc 请先另存为 .docx。`);
  process.exit(1);
}

// The everyday dispute words of the scope checker double as the domain synonyms.
const draft = draftCaseFromText(
  text,
  readYamlList(new URL('../src/content/dispute-vocabulary.yaml', import.meta.url).pathname) as DomainWord[],
);
const data = draft.data;
const notes = [...draft.notes];
const missing = new Set<string>(draft.missing);

// The year decides the folder: --year, else the writeup's own 年度, else this year (to be checked).
if (values.year !== undefined) {
  data.year = Number(values.year);
  missing.delete('year');
} else if (data.year === undefined) {
  data.year = new Date().getFullYear();
  notes.push(`文稿中没有“年度”，暂按 ${data.year} 年存放；如不对，请改 year 并把文件移到对应年份目录`);
}
const year = data.year;

// Values that were recognised but fail the schema (title without 案, too-short key point …) stay in the draft; the build names them.
for (const problem of validateDraft(data)) notes.push(`需要修改：${problem}`);

const file = newCaseFilePath({ dir: values.dir, year, slug: values.slug, nameFrom: basename(input).replace(/\.docx$/i, '') });
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} 已存在，不覆盖。请用 --slug 指定另一个文件名。`);
  process.exit(1);
}

const built = buildCaseFile(data, draft.sections);
// The same gate as the build: Word text that would become code or HTML in MDX is refused, not written.
const gateProblems = (() => {
  const parts = splitFrontmatter(built.text);
  return parts ? checkMdxBody(relative(process.cwd(), file), parts.body, CASE_COMPONENTS, parts.bodyLine) : [];
})();
if (gateProblems.length) {
  console.error(`${input}：文稿中有不能放进案例的写法，未生成草稿（共 ${gateProblems.length} 处，行号为草稿中的行号）：`);
  for (const p of gateProblems) console.error(`  - ${formatProblem(p)}`);
  console.error('请在 Word 中删去或改写这些文字（HTML 标签、花括号、javascript: 链接等）后重新导入。');
  process.exit(1);
}
writeNewCaseFile(file, built.text);
const shown = relative(process.cwd(), file);
console.log(`已从 ${input} 生成草稿 ${shown}`);

const filled: string[] = [];
if (data.title) filled.push(`标题：${data.title}`);
if (data.region) filled.push(`地区：${data.region}`);
if (data.body) filled.push(`调解组织：${data.body}`);
if (data.mechanism) filled.push(`调解机制：${data.mechanism}`);
if (data.domain) filled.push(`纠纷领域：${data.domain}`);
if (data.outcome) filled.push(`调解结果：${data.outcome}`);
if (data.days != null) filled.push(`用时：${data.days} 天`);
if (data.amount != null) filled.push(`涉及金额：${data.amount} 元`);
if (data.methods?.length) filled.push(`调解方法：${data.methods.join('、')}`);
if (data.keyPoints?.length) filled.push(`调解要点：${data.keyPoints.length} 条`);
if (data.cites?.length) filled.push(`引用条款：${data.cites.join('、')}`);
const sectionsFound = Object.keys(draft.sections);
if (sectionsFound.length) filled.push(`正文：${sectionsFound.join('、')}`);
console.log('已识别：');
for (const line of filled) console.log(`  - ${line}`);

const missingFields = built.missing.filter((f) => missing.has(f)) as RequiredField[];
if (missingFields.length || built.missingSections.length) {
  console.log('还需填写（文件中标有“待填写”，填好之前构建会报错）：');
  for (const line of describeMissing(missingFields)) console.log(`  - ${line}`);
  for (const s of built.missingSections) console.log(`  - 正文“## ${s}”`);
}
if (notes.length) {
  console.log('请核对：');
  for (const n of notes) console.log(`  - ${n}`);
}

const privacy = checkCaseFile(shown, built.text);
if (privacy.length) {
  console.log(`隐私检查发现 ${privacy.length} 处疑似个人信息（发布前必须改掉，否则 npm run check:privacy 不通过）：`);
  for (const p of privacy) console.log(`  ${p}`);
} else {
  console.log('隐私检查：未发现疑似个人信息（仍请人工通读一遍）。');
}
