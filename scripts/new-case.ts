#!/usr/bin/env node
/**
 * Scaffolds a case writeup: src/content/cases/<year>/<slug>.mdx.
 *
 *   npm run new:case -- --title "张某与某物业公司物业服务合同纠纷调解案" --year 2024 \
 *     --region 浙江省杭州市 --body "某区人民调解委员会" --mechanism 人民调解 --domain 物业服务 \
 *     --outcome 达成协议 [--slug zhang-wuye] [--methods 面对面,释法明理] [--key-point "…"]… \
 *     [--cites fangdiao-lhasa-2019/6.3,…] [--source-publisher … --source-title … \
 *     --source-date 2024-05 --source-where …] [--days 12] [--amount 38000] [--tags a,b] \
 *     [--illustrative] [--dir src/content/cases]
 *
 * The basic answers (title, year, region, body, mechanism, domain, outcome) are asked for when
 * run in a terminal and missing; without a terminal the script stops and lists the missing flags.
 * The rest may be left out: the file is then written with empty values the schema rejects, so the
 * build names them, and the script prints what is still to be supplied. With every answer given
 * the file validates as it stands (the body sections still need writing). Never overwrites a file.
 */
import { nearestIds } from '../src/lib/provisions/citations.ts';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MECHANISMS } from '../src/schemas/common.ts';
import { DOMAINS } from '../src/schemas/domains.ts';
import { METHODS, OUTCOMES } from '../src/schemas/case.ts';
import {
  buildCaseFile,
  describeMissing,
  isDomain,
  isMechanism,
  isMethod,
  isOutcome,
  isValidSlug,
  splitList,
  validateDraft,
  type CaseDraft,
} from '../src/lib/cases/scaffold.ts';
import { knownCitationIds } from '../src/node/content.ts';
import { newCaseFilePath, writeNewCaseFile } from '../src/node/case-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    year: { type: 'string' },
    region: { type: 'string' },
    body: { type: 'string' },
    mechanism: { type: 'string' },
    domain: { type: 'string' },
    outcome: { type: 'string' },
    slug: { type: 'string' },
    days: { type: 'string' },
    amount: { type: 'string' },
    methods: { type: 'string', multiple: true },
    'key-point': { type: 'string', multiple: true },
    tags: { type: 'string', multiple: true },
    cites: { type: 'string', multiple: true },
    'source-publisher': { type: 'string' },
    'source-title': { type: 'string' },
    'source-date': { type: 'string' },
    'source-where': { type: 'string' },
    illustrative: { type: 'boolean' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
});

if (values.help) {
  console.log(
    [
      '用法：npm run new:case -- [选项]',
      '  --title --year --region --body --mechanism --domain --outcome   基本信息（缺少时在终端中询问）',
      '  --slug           文件名（小写字母、数字、连字符）；缺省为 case-<年度>-<序号>',
      '  --methods        调解方法，逗号或顿号分隔，可重复',
      '  --key-point      一条调解要点，可重复（1–4 条）',
      '  --cites          引用条款编号，逗号分隔，可重复（见 npm run provisions）',
      '  --source-publisher --source-title --source-date --source-where   案例出处',
      '  --days --amount --tags --illustrative',
      '  --dir            案例目录，缺省 src/content/cases',
    ].join('\n'),
  );
  process.exit(0);
}

const errors: string[] = [];
const draft: CaseDraft = {};

/** Applies one answer (from a flag or the prompt); returns an error message or null. */
function apply(key: 'title' | 'year' | 'region' | 'body' | 'mechanism' | 'domain' | 'outcome', raw: string): string | null {
  const v = raw.trim();
  switch (key) {
    case 'year': {
      const y = Number(v);
      if (!/^\d{4}$/.test(v) || y < 2000 || y > 2100) return `--year 应为 2000–2100 之间的四位年份，收到“${v}”`;
      draft.year = y;
      return null;
    }
    case 'mechanism':
      if (!isMechanism(v)) return `--mechanism 只能是：${MECHANISMS.join('、')}（收到“${v}”）`;
      draft.mechanism = v;
      return null;
    case 'domain':
      if (!isDomain(v)) return `--domain 只能是：${DOMAINS.join('、')}（收到“${v}”）`;
      draft.domain = v;
      return null;
    case 'outcome':
      if (!isOutcome(v)) return `--outcome 只能是：${OUTCOMES.join('、')}（收到“${v}”）`;
      draft.outcome = v;
      return null;
    default: {
      if (v === '') return `--${key} 不能为空`;
      const probe: CaseDraft = {};
      probe[key] = v;
      const problems = validateDraft(probe);
      if (problems.length) return problems.join('；');
      draft[key] = v;
      return null;
    }
  }
}

const BASIC = ['title', 'year', 'region', 'body', 'mechanism', 'domain', 'outcome'] as const;
for (const key of BASIC) {
  const v = values[key];
  if (v !== undefined) {
    const error = apply(key, v);
    if (error) errors.push(error);
  }
}

function parseNumber(flag: string, raw: string | undefined, integer: boolean): number | null | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '' || raw.trim() === 'null') return null;
  const n = Number(raw.replace(/[,，]/g, ''));
  if (!Number.isFinite(n) || n < 0 || (integer && (!Number.isInteger(n) || n === 0))) {
    errors.push(`${flag} 应为${integer ? '正整数（天）' : '非负数（元）'}，收到“${raw}”`);
    return undefined;
  }
  return n;
}
const days = parseNumber('--days', values.days, true);
if (days !== undefined) draft.days = days;
const amount = parseNumber('--amount', values.amount, false);
if (amount !== undefined) draft.amount = amount;

function setMethods(list: string[]): void {
  const methods = [...new Set(list.flatMap(splitList))];
  const bad = methods.filter((m) => !isMethod(m));
  if (bad.length) errors.push(`--methods 中“${bad.join('、')}”不在列表中；只能从以下选：${METHODS.join('、')}`);
  else if (methods.length) draft.methods = methods.filter(isMethod);
}
if (values.methods) setMethods(values.methods);
if (values['key-point']) draft.keyPoints = values['key-point'].map((k) => k.trim()).filter(Boolean);
if (values.tags) draft.tags = values.tags.flatMap(splitList);
if (values.cites) draft.cites = values.cites.flatMap(splitList);
const source: NonNullable<CaseDraft['source']> = {};
if (values['source-publisher'] !== undefined) source.publisher = values['source-publisher'];
if (values['source-title'] !== undefined) source.title = values['source-title'];
if (values['source-date'] !== undefined) source.date = values['source-date'];
if (values['source-where'] !== undefined) source.where = values['source-where'];
if (Object.keys(source).length) draft.source = source;
if (values.illustrative) draft.illustrative = true;

let slug = values.slug?.trim();
if (slug !== undefined && !isValidSlug(slug)) errors.push(`--slug 只能用小写字母、数字和连字符，如 zhang-wuye-tiaojie（收到“${slug}”）`);

if (errors.length) {
  for (const e of errors) console.error(e);
  const unanswered = BASIC.filter((k) => values[k] === undefined);
  if (!process.stdin.isTTY && unanswered.length) console.error(`缺少参数：${unanswered.map((k) => `--${k}`).join(' ')}`);
  process.exit(2);
}

// Citations must exist; check against the regulations, as the build will.
let knownIds: Set<string> | null | undefined;
/** Every citable id (documents and provisions), or null when the regulations are not at hand. */
function knownCitations(): Set<string> | null {
  knownIds ??= knownCitationIds(ROOT);
  return knownIds;
}
function citeErrors(ids: readonly string[]): string[] {
  const format = validateDraft({ cites: [...ids] });
  if (format.length) return format;
  const known = knownCitations();
  if (!known) return [];
  return ids
    .filter((id) => !known.has(id))
    .map((id) => {
      const near = nearestIds(id, known);
      return `引用了不存在的条款“${id}”${near.length ? `；最接近的有：${near.join('、')}` : ''}`;
    });
}

// Ask for what is missing, or stop when there is nobody to ask. Each answer is checked at once
// and asked again when the schema would reject it; an empty answer leaves the field to fill later.
const missingBasic = BASIC.filter((k) => draft[k] === undefined);
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const cancel = (): never => {
    console.log('\n已取消，未写入文件。');
    process.exit(130);
  };
  rl.on('SIGINT', cancel);
  process.on('uncaughtException', (e) => {
    if (e.name === 'AbortError') cancel();
    throw e;
  });
  const choose = async (label: string, options: readonly string[]): Promise<string> => {
    console.log(options.map((o, i) => `  ${i + 1}. ${o}`).join('\n'));
    const answer = (await rl.question(`${label}（填序号或名称）：`)).trim();
    const n = Number(answer);
    return Number.isInteger(n) && n >= 1 && n <= options.length ? options[n - 1]! : answer;
  };
  /** Asks until `check` accepts the answer (returns no errors) or the answer is empty. */
  const askUntil = async (question: string, check: (answer: string) => string[]): Promise<string> => {
    for (;;) {
      const answer = (await rl.question(question)).trim();
      const problems = answer ? check(answer) : [];
      if (problems.length === 0) return answer;
      console.log(problems.join('\n'));
    }
  };
  const prompts: Record<(typeof BASIC)[number], () => Promise<string>> = {
    title: () => rl.question('案例标题（以“案”结尾）：'),
    year: () => rl.question('入选年度（如 2024）：'),
    region: () => rl.question('地区（如 浙江省杭州市）：'),
    body: () => rl.question('调解组织或机关：'),
    mechanism: () => choose('调解机制', MECHANISMS),
    domain: () => choose('纠纷领域', DOMAINS),
    outcome: () => choose('调解结果', OUTCOMES),
  };
  for (const key of missingBasic) {
    for (;;) {
      const error = apply(key, await prompts[key]());
      if (!error) break;
      console.log(error);
    }
  }
  if (slug === undefined) {
    const answer = await askUntil('文件名 slug（小写拼音和连字符，可留空自动编号）：', (a) =>
      isValidSlug(a) ? [] : ['只能用小写字母、数字和连字符，如 zhang-wuye-tiaojie'],
    );
    if (answer) slug = answer;
  }
  if (!draft.methods) {
    const answer = await askUntil(`调解方法（顿号分隔，可留空稍后填写；可选：${METHODS.join('、')}）：`, (a) => {
      const bad = splitList(a).filter((m) => !isMethod(m));
      return bad.length ? [`“${bad.join('、')}”不在列表中`] : [];
    });
    if (answer) draft.methods = [...new Set(splitList(answer))].filter(isMethod);
  }
  if (!draft.cites) {
    const answer = await askUntil('引用条款编号（逗号分隔，可留空；见 npm run provisions）：', (a) => citeErrors(splitList(a)));
    if (answer) draft.cites = splitList(answer);
  }
  if (!draft.keyPoints) {
    const points: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const answer = await askUntil(`调解要点 ${i}（10–160 字，留空结束）：`, (a) => validateDraft({ keyPoints: [a] }));
      if (!answer) break;
      points.push(answer);
    }
    if (points.length) draft.keyPoints = points;
  }
  if (!draft.source) {
    const field = (key: 'publisher' | 'title' | 'date' | 'where', question: string): Promise<string> =>
      askUntil(question, (a) => {
        const probe: NonNullable<CaseDraft['source']> = {};
        probe[key] = a;
        return validateDraft({ source: probe });
      });
    const s: NonNullable<CaseDraft['source']> = {};
    s.publisher = (await field('publisher', '出处·发布机关（可留空）：')) || undefined;
    s.title = (await field('title', '出处·发布标题（可留空）：')) || undefined;
    s.date = (await field('date', '出处·发布日期 YYYY-MM-DD 或 YYYY-MM（可留空）：')) || undefined;
    s.where = (await field('where', '出处·发布在哪里（可留空）：')) || undefined;
    draft.source = s;
  }
  rl.close();
} else if (missingBasic.length) {
  console.error(`缺少参数：${missingBasic.map((k) => `--${k}`).join(' ')}`);
  console.error('（不在终端中运行时不能逐项询问；请用参数给出。npm run new:case -- --help 查看用法）');
  process.exit(2);
}

if (draft.cites?.length) errors.push(...citeErrors(draft.cites));
const invalid = validateDraft(draft);
if (errors.length || invalid.length) {
  for (const e of [...errors, ...invalid]) console.error(e);
  console.error('未写入文件。');
  process.exit(2);
}

const file = newCaseFilePath({ dir: values.dir, year: draft.year!, slug, nameFrom: draft.title ?? '' });
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} 已存在，不覆盖。请换一个 --slug。`);
  process.exit(1);
}

const built = buildCaseFile(draft);
writeNewCaseFile(file, built.text);

console.log(`已创建 ${relative(process.cwd(), file)}`);
if (built.missing.length) {
  console.log('还需填写（在文件中标有“待填写”，填好之前构建会报错）：');
  for (const line of describeMissing(built.missing)) console.log(`  - ${line}`);
} else {
  console.log('frontmatter 已完整，可通过校验。');
}
console.log(`正文还需撰写：${built.missingSections.join('、')}（当事人一律写作“姓+某”，写完运行 npm run check:privacy）`);
