#!/usr/bin/env node
/**
 * Writes N synthetic, schema-valid case writeups for benchmarks: OUT/<year>/<slug>.mdx.
 *
 *   node scripts/bench/generate-cases.ts --count 1000 --out /tmp/cases-1000 [--seed 1] [--validate-all]
 *
 * - Obviously synthetic: `illustrative: true`, slug `synth-<year>-<n>`, publisher “基准测试生成器”,
 *   a tag “合成数据” and a closing sentence saying the writeup was generated.
 * - Deterministic: case i depends only on (seed, i), so the first 1,000 of a 10,000 run are the
 *   1,000 run. Years 2015–2026; every domain, mechanism, outcome and method appears once the
 *   count reaches the length of its list.
 * - Parties are anonymised (张某、李某某、某公司), no number has 7 or more digits, and every cite
 *   is a real provision id numbered from src/content/regulations/*.mdx.
 * - Before writing anything, every text is run through the privacy check and the digit-run
 *   check, and a sample (all of them with --validate-all) is parsed back with `yaml` and
 *   validated against caseSchema; any failure stops the script with nothing written.
 * - Refuses an --out inside the repository (generated cases must never be committed) and never
 *   overwrites an existing file. Use with CASES_DIR=OUT to build the site with them.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { MECHANISMS } from '../../src/schemas/common.ts';
import { DOMAINS } from '../../src/schemas/domains.ts';
import { METHODS, OUTCOMES, caseSchema } from '../../src/schemas/case.ts';
import {
  buildCaseFile,
  frontmatterOf,
  SECTION_NAMES,
  type CaseDraft,
  type Domain,
  type Mechanism,
  type Method,
  type Outcome,
  type Sections,
} from '../../src/lib/cases/scaffold.ts';
import { findPersonalData } from '../../src/lib/privacy/scan.ts';
import { validate } from '../../src/schemas/errors.ts';
import { mulberry32 } from '../../src/lib/text/random.ts';
import { provisionIds as readProvisionIds } from '../../src/node/content.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;
const SAMPLE = 300;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** One independent stream per (seed, case index). */
function caseRng(seed: number, index: number): () => number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}

interface Rand {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  some: <T>(list: readonly T[], min: number, max: number) => T[];
  chance: (p: number) => boolean;
}

function rand(next: () => number): Rand {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const pool = [...list];
    const n = Math.min(pool.length, int(min, max));
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

// ---------------------------------------------------------------------------------------------
// Fragments, in scripts/bench/fixtures/case-templates.yaml. {A} is the applicant (always a
// person), {B} the other party, {C} a second person, {org} the mediating body, {staff} the
// mediator, {amt} an amount, {focus} the point in dispute.

interface DomainSpec {
  issues: readonly string[];
  /** the other party; '{C}' means a second person */
  others: readonly string[];
  facts: readonly string[];
  focus: readonly string[];
  tags: readonly string[];
  /** mechanisms that fit the domain (a mechanism listed twice is drawn twice as often) */
  mechanisms: readonly Mechanism[];
}

interface Templates {
  domains: Record<Domain, DomainSpec>;
  suffix: Record<Mechanism, string>;
  bodies: Record<Mechanism, readonly string[]>;
  provinces: readonly string[];
  /** one character per surname */
  surnames: string;
  given: readonly string[];
  staff: readonly string[];
  openers: readonly string[];
  methodSentences: Record<Method, string>;
  methodPhrases: Record<Method, string>;
  keyPointLeads: readonly string[];
  keyPointEffects: readonly string[];
  results: Record<Outcome, readonly string[]>;
  meanings: readonly string[];
  arrivals: readonly string[];
  syntheticNote: string;
}

export const TEMPLATES_FILE = join(ROOT, 'scripts/bench/fixtures/case-templates.yaml');

/** The templates, with a check that every domain, mechanism, method and outcome has its entry. */
export function loadTemplates(file = TEMPLATES_FILE): Templates {
  const t = parseYaml(readFileSync(file, 'utf8')) as Templates;
  const missing = [
    ...DOMAINS.filter((d) => !t.domains?.[d]).map((d) => `domains.${d}`),
    ...MECHANISMS.filter((m) => !t.suffix?.[m] || !t.bodies?.[m]).map((m) => `suffix/bodies.${m}`),
    ...METHODS.filter((m) => !t.methodSentences?.[m] || !t.methodPhrases?.[m]).map((m) => `methodSentences/methodPhrases.${m}`),
    ...OUTCOMES.filter((o) => !t.results?.[o]).map((o) => `results.${o}`),
  ];
  if (missing.length) throw new Error(`${file}：缺少 ${missing.join('、')}`);
  return t;
}

const T = loadTemplates();
const SPECS = T.domains;
const SUFFIX = T.suffix;
const BODIES = T.bodies;
const PROVINCES = T.provinces;
const SURNAMES = [...T.surnames];
const GIVEN = T.given;
const STAFF = T.staff;
const OPENERS = T.openers;
const METHOD_SENTENCES = T.methodSentences;
const METHOD_PHRASES = T.methodPhrases;
const KP_LEADS = T.keyPointLeads;
const KP_EFFECTS = T.keyPointEffects;
const RESULTS = T.results;
const MEANINGS = T.meanings;
const ARRIVALS = T.arrivals;
const SYNTHETIC_NOTE = T.syntheticNote;

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

// ---------------------------------------------------------------------------------------------
// One case

export interface GeneratedCase {
  year: number;
  slug: string;
  text: string;
}

function person(r: Rand, avoid?: string): string {
  for (;;) {
    const name = r.pick(SURNAMES) + r.pick(GIVEN);
    if (name !== avoid) return name;
  }
}

/** ≤ 6 digits, written the way the shipped writeups do (元 or 万元). */
function amountText(amount: number): string {
  return amount >= 10000 && amount % 100 === 0
    ? `${(amount / 10000).toFixed(amount % 10000 === 0 ? 0 : 2).replace(/\.?0+$/, '')}万元`
    : `${amount}元`;
}

export function generateCase(index: number, seed: number, cites: readonly string[]): GeneratedCase {
  const r = rand(caseRng(seed, index));
  // Round-robin for the first items of each list, so every value occurs once count ≥ list length.
  const year = index < LAST_YEAR - FIRST_YEAR + 1 ? FIRST_YEAR + index : r.int(FIRST_YEAR, LAST_YEAR);
  const domain: Domain = index < DOMAINS.length ? DOMAINS[index]! : r.pick(DOMAINS);
  const spec = SPECS[domain];
  const mechanism: Mechanism = index < MECHANISMS.length ? MECHANISMS[index]! : r.pick(spec.mechanisms);
  const outcome: Outcome =
    index < OUTCOMES.length ? OUTCOMES[index]! : r.next() < 0.7 ? '达成协议' : r.pick(['部分达成', '调解终止', '撤回申请'] as const);
  const methods: Method[] = r.some(METHODS, 1, 3);
  if (index < METHODS.length && !methods.includes(METHODS[index]!)) methods[0] = METHODS[index]!;
  const uniqueMethods = [...new Set(methods)];

  const a = person(r);
  const c = person(r, a);
  const other = r.pick(spec.others);
  const b = other === '{C}' ? c : other;
  const issue = r.pick(spec.issues);
  const focus = r.pick(spec.focus);
  const province = r.pick(PROVINCES);
  const region = province.endsWith('市') ? `${province}某区` : r.chance(0.5) ? `${province}某市` : `${province}某市某县`;
  const org = r.pick(BODIES[mechanism]);
  const staff = r.pick(STAFF) + person(r, a);
  const amount = r.chance(0.75) ? r.int(8, 9999) * (r.chance(0.6) ? 100 : 10) : null; // at most 999,900: six digits
  const days = outcome === '调解终止' || outcome === '撤回申请' || r.chance(0.2) ? (r.chance(0.5) ? null : r.int(3, 90)) : r.int(1, 60);
  const dur = days === null ? '多轮' : days === 1 ? '当天' : `${days}天`;
  const pay =
    amount === null
      ? '按约定履行相应义务'
      : r.pick([`一次性支付${amountText(amount)}`, `分期支付${amountText(amount)}`, `支付${amountText(amount)}并承担维修责任`]);
  const vars: Record<string, string> = { A: a, B: b, C: c, org, staff, focus, issue, domain, pay, dur };

  const title = `${a}与${b}${issue}纠纷${SUFFIX[mechanism]}案`;

  const lead = () => fill(r.pick(KP_LEADS), vars);
  const effect = () => r.pick(KP_EFFECTS);
  const keyPoints: string[] = [];
  const kpCount = r.int(1, 3);
  const kpMethods = r.some(uniqueMethods, kpCount, kpCount);
  for (let k = 0; k < kpCount; k++) {
    const m = kpMethods[k % kpMethods.length]!;
    keyPoints.push(
      k === 0
        ? `${lead()}，${org}${METHOD_PHRASES[m]}，${effect()}。`
        : r.pick([
            `${METHOD_PHRASES[m]}是本案的一大特点，${effect()}。`,
            `调解员坚持${METHOD_PHRASES[m]}，围绕${focus}逐项协商，${effect()}。`,
            `${domain}纠纷中，${METHOD_PHRASES[m]}往往比简单裁断更有效，本案即是一例。`,
          ]),
    );
  }

  const tags = [...r.some(spec.tags, 1, 3), '合成数据'];
  const caseCites = r.some(cites, 1, 3);

  const amountLine = amount === null ? '' : r.pick([`双方争议金额约${amountText(amount)}。`, `${a}主张的损失约${amountText(amount)}。`]);
  const sections: Sections = {
    基本案情: [
      fill(r.pick(spec.facts), vars) + amountLine,
      fill(r.pick(org.includes('法院') ? ARRIVALS.slice(0, 2) : ARRIVALS), vars),
    ].join('\n\n'),
    调解过程: [fill(r.pick(OPENERS), vars), ...uniqueMethods.map((m) => fill(METHOD_SENTENCES[m], vars))].join('\n\n'),
    调解结果: fill(r.pick(RESULTS[outcome]), vars),
    典型意义: [fill(r.pick(MEANINGS), vars), SYNTHETIC_NOTE].join(''),
  };

  const month = r.int(1, 12);
  const date = r.chance(0.8)
    ? `${year}-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
    : `${year}-${String(month).padStart(2, '0')}`;
  const serial = String(index + 1).padStart(5, '0');
  const draft: CaseDraft = {
    title,
    year,
    region,
    body: org,
    mechanism,
    domain,
    outcome,
    days,
    amount,
    methods: uniqueMethods,
    keyPoints,
    tags,
    cites: caseCites,
    source: {
      publisher: '基准测试生成器',
      title: `基准测试合成案例第${serial}号`,
      date,
      where: '由 scripts/bench/generate-cases.ts 生成，非真实案件',
    },
    illustrative: true,
  };
  return { year, slug: `synth-${year}-${serial}`, text: buildCaseFile(draft, sections).text };
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every citable provision id, `<document>/<path>`, from src/content/regulations/*.mdx. */
export function provisionIds(root = ROOT): string[] {
  return readProvisionIds(root);
}

/** Problems with one generated text: privacy findings, long digit runs, and (when `schema`) schema errors. */
export function checkGenerated(text: string, known: ReadonlySet<string>, schema: boolean): string[] {
  const problems = findPersonalData(text).map((f) => `${f.line}:${f.column} ${f.message}`);
  const run = /\d{7,}/.exec(text);
  if (run) problems.push(`含 7 位以上数字串：${run[0]}`);
  for (const name of SECTION_NAMES) if (!text.includes(`\n## ${name}\n`)) problems.push(`缺少小节 ## ${name}`);
  if (schema) {
    const fm = frontmatterOf(text);
    if (fm === null) return [...problems, '没有 frontmatter'];
    const result = validate(caseSchema, parseYaml(fm));
    if (!result.ok) problems.push(...result.errors);
    else for (const id of result.value.cites) if (!known.has(id)) problems.push(`未知条款 ${id}`);
  }
  return problems;
}

/** The real path of `path`, resolving symlinks of the part that exists. */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(basename(existing));
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'validate-all': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  const usage = '用法：node scripts/bench/generate-cases.ts --count 1000 --out /tmp/cases-1000 [--seed 1] [--validate-all] [--quiet]';
  if (values.help) {
    console.log(usage);
    return;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(usage);
    process.exit(2);
  }
  const out = realish(resolve(process.cwd(), values.out));
  if (isInside(out, realpathSync(ROOT))) {
    console.error(`拒绝写入 ${out}：它在仓库（${ROOT}）之内。合成案例只能写到仓库外，例如 /tmp/cases-${count}。`);
    process.exit(2);
  }

  const t0 = performance.now();
  const ids = provisionIds();
  const known = new Set(ids);
  const cases = Array.from({ length: count }, (_, i) => generateCase(i, seed, ids));

  // Check before writing anything: privacy and digit runs for all, the schema for a sample.
  const sample = new Set(
    values['validate-all'] || count <= SAMPLE
      ? cases.keys()
      : Array.from({ length: SAMPLE }, (_, k) => Math.round((k * (count - 1)) / (SAMPLE - 1))),
  );
  const failures: string[] = [];
  cases.forEach((c, i) => {
    for (const p of checkGenerated(c.text, known, sample.has(i))) failures.push(`${c.year}/${c.slug}.mdx: ${p}`);
  });
  if (failures.length) {
    console.error(failures.slice(0, 30).join('\n'));
    console.error(`生成的案例未通过检查（${failures.length} 处），未写入任何文件。`);
    process.exit(1);
  }
  const clash = cases.find((c) => existsSync(join(out, String(c.year), `${c.slug}.mdx`)));
  if (clash) {
    console.error(`${join(out, String(clash.year), `${clash.slug}.mdx`)} 已存在，不覆盖。请换一个空目录。`);
    process.exit(1);
  }

  for (const y of new Set(cases.map((c) => c.year))) mkdirSync(join(out, String(y)), { recursive: true });
  for (const c of cases) writeFileSync(join(out, String(c.year), `${c.slug}.mdx`), c.text, { flag: 'wx' });
  if (!values.quiet) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`已生成 ${count} 件合成案例 → ${out}（seed ${seed}，${sample.size} 件经 schema 校验，全部经隐私检查，${seconds} s）`);
  }
}

if (import.meta.main) main();
