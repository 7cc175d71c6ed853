/**
 * Ordinary editor mistakes and the XSS payloads of issue 15, injected one at a time into a copy of
 * the content; each must be refused with the file and the line or field named, in Chinese.
 *
 * The mistakes run through checkContent (src/loaders/collections.ts), the very checks the build's
 * loaders run before loading, so each takes milliseconds; test/content/build-gate.test.ts proves on
 * real `astro build` runs that those loaders stop the build. Expected lines are where the mistake
 * was injected, found in the edited text, not computed by the code under test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loaders/collections.ts';
import { formatProblem } from '../../src/lib/content/yaml-source.ts';

const CASE = 'src/content/cases/2024/dangyang-wangdian-qianxin.mdx';
const REG = 'src/content/regulations/fangdiao-lhasa-2019.mdx';
const REPAIR_REG = 'src/content/regulations/quangang-xingzheng-zhengyi-2020.mdx';
const OVERRIDE = 'src/content/calendar-overrides/2027.yaml';

/** A valid override for a made-up 2027 (2027-01-01 is a Friday, 2027-01-09 a Saturday). */
const override2027 = (patch = '') => `year: 2027
notice: 测试用通知（非真实数据）
holidays:
  - { date: "2027-01-01", name: 元旦 }
makeupWorkdays:
  - { date: "2027-01-09", name: 元旦 }
${patch}`;

interface Mistake {
  name: string;
  /** The file edited (or created); the message must name it. */
  file: string;
  /** Edits the file's text (undefined when the file is new). */
  edit: (text: string | undefined) => string;
  /** Also removes/creates other files, e.g. a second copy of a case. */
  extra?: { file: string; text: (root: string) => string };
  /** The message must mention this (the field, or what is wrong). */
  says: RegExp;
  /** The injected text; the message must name its line. Omitted where a line is not meaningful. */
  lineOf?: string;
}

function replace(from: string | RegExp, to: string) {
  return (text: string | undefined) => {
    if (text === undefined || !(typeof from === 'string' ? text.includes(from) : from.test(text)))
      throw new Error(`注入失败：找不到 ${String(from)}`);
    return text.replace(from, to);
  };
}
const append = (tail: string) => (text: string | undefined) => `${text ?? ''}\n${tail}\n`;

const XSS: [string, string, RegExp][] = [
  ['<script>', '<script>alert(1)</script>', /不允许使用 <script>/],
  ['[x](javascript:…)', '[点此](javascript:alert(1))', /链接地址“javascript:alert\(1\)”不允许/],
  ['<img onerror>', '<img src="x" onerror="alert(1)" />', /不允许使用 <img>/],
  ['<a href="javascript:">', '<a href="javascript:alert(1)">点此</a>', /不允许使用 <a>/],
  ['<iframe>', '<iframe src="https://example.com/"></iframe>', /不允许使用 <iframe>/],
  ['onClick on an element', '<button onClick="alert(1)">点此</button>', /不允许使用 <button>/],
  ['onClick on a site component', '<Cite id="fangdiao-lhasa-2019/6.3" onClick="alert(1)" />', /<Cite> 没有 onClick 属性/],
  ['import + {os.platform()}', "import os from 'node:os'\n\n{os.platform()}", /不能写 import 或 export|不能写花括号/],
  ['{os.platform()} alone', '运行在 {process.platform} 上', /不能写花括号表达式/],
  ['a component attribute in {…}', '<Cite id={globalThis.x} />', /<Cite> 的 id 应写成/],
  ['a spread attribute', '<Cite {...globalThis.x} />', /<Cite> 不能写 \{…\} 属性/],
  ['a scheme in mixed case', '[点此](JaVaScRiPt:alert(1))', /链接地址“JaVaScRiPt:alert\(1\)”不允许/],
  ['a scheme hidden by a character reference', '[点此](&#106;avascript:alert(1))', /链接地址“javascript:alert\(1\)”不允许/],
  ['a data: image', '![图](data:image/svg+xml;base64,PHN2Zz4=)', /链接地址“data:image/],
  ['a javascript: reference definition', '[x]: javascript:alert(1)\n\n[点此][x]', /链接地址“javascript:alert\(1\)”不允许/],
  ['a fragment <>', '<>文字</>', /不允许使用 <>/],
  ['a Repair in a case (its page has no Repair)', '<Repair note="编者修改了这里的文字">某</Repair>', /不允许使用 <Repair>/],
];

/** Malformed YAML, one kind per collection: [what, file, text replaced, replacement, injected line to be named]. */
const BAD_YAML: [string, string, string | RegExp, string, string?][] = [
  [
    'vocabulary: "- term:克扣工资" (no space after the colon)',
    'src/content/dispute-vocabulary.yaml',
    /^- term: 克扣工资$/m,
    '- term:克扣工资',
    '- term:克扣工资',
  ],
  ['glossary: an indented line out of step', 'src/content/glossary.yaml', '  term: 人民调解\n', '  term: 人民调解\n   aliases2: [x]\n'],
  ['obligations: an unclosed bracket', 'src/content/obligations.yaml', '- id: shujie-paicha-yuebao', '- id: [shujie-paicha-yuebao'],
  ['scope questions: a tab as indentation', 'src/content/scope/questions.yaml', '  order: 20', '\torder: 20'],
  ['scope reminders: an unclosed quote', 'src/content/scope/reminders.yaml', '- id: hefa', '- id: "hefa'],
  [
    'procedure (folder of YAML): bad indentation',
    'src/content/procedures/fangdiao.yaml',
    '        count: 15\n',
    '        count: 15\n      unit2: day\n        x: 1\n',
    '      unit2: day',
  ],
  ['case frontmatter: a colon inside an unquoted value line', CASE, 'region: 湖北省宜昌市当阳市', 'region: 湖北省宜昌市当阳市\n  bad: [1'],
];

const MISTAKES: Mistake[] = [
  // Malformed YAML in every single-file collection.
  ...BAD_YAML.map(([name, file, from, to, lineOf]): Mistake => ({
    name,
    file,
    edit: replace(from, to),
    says: /YAML 格式错误/,
    ...(lineOf === undefined ? {} : { lineOf }),
  })),

  // Empty collections that must not be empty.
  { name: 'glossary emptied', file: 'src/content/glossary.yaml', edit: () => '# 暂无\n', says: /文件是空的/ },
  { name: 'reminders as an empty list', file: 'src/content/scope/reminders.yaml', edit: () => '[]\n', says: /列表是空的/ },
  {
    name: 'vocabulary written as a mapping, not a list',
    file: 'src/content/dispute-vocabulary.yaml',
    edit: () => 'term: 讨薪\ndomains: [劳动争议]\n',
    says: /文件应为列表/,
  },

  // Duplicate ids.
  {
    name: 'obligations: an id twice',
    file: 'src/content/obligations.yaml',
    edit: append(
      '- id: shujie-paicha-yuebao\n  title: 重复事项\n  who: 某单位\n  when: 每月一次\n  schedule: { freq: monthly, day: 1 }\n  cites: [xx-xian-shujie-2023/2.3]',
    ),
    says: /id “shujie-paicha-yuebao” 重复：第 1 行已有/,
    lineOf: '- id: shujie-paicha-yuebao\n  title: 重复事项',
  },
  {
    name: 'glossary: an id twice',
    file: 'src/content/glossary.yaml',
    edit: append(
      '- id: renmin-tiaojie\n  term: 人民调解二\n  definition: 这是一条重复的术语定义，用来测试。\n  usedIn: [fangdiao-lhasa-2019/6.3]',
    ),
    says: /id “renmin-tiaojie” 重复/,
    lineOf: '- id: renmin-tiaojie\n  term: 人民调解二',
  },
  {
    name: 'vocabulary: a term twice',
    file: 'src/content/dispute-vocabulary.yaml',
    edit: append('- term: 讨薪\n  domains: [劳动争议]'),
    says: /term “讨薪” 重复/,
    lineOf: '- term: 讨薪\n  domains: [劳动争议]\n',
  },

  // Dates that do not exist.
  {
    name: 'regulation date 2019-06-31',
    file: REG,
    edit: replace('date: "2019-06-13"', 'date: "2019-06-31"'),
    says: /字段 date：“2019-06-31”不存在：2019年6月只有30天/,
    lineOf: 'date: "2019-06-31"',
  },
  {
    name: 'regulation postedDate 2023-13-01',
    file: REG,
    edit: replace('postedDate: "2023-09-01"', 'postedDate: "2023-13-01"'),
    says: /字段 postedDate：“2023-13-01”不是有效日期/,
    lineOf: 'postedDate: "2023-13-01"',
  },
  {
    name: 'case source.date 2024-02-30',
    file: CASE,
    edit: replace('date: "2024-05-07"', 'date: "2024-02-30"'),
    says: /字段 source\.date：“2024-02-30”不存在：2024年2月只有29天/,
    lineOf: 'date: "2024-02-30"',
  },
  {
    name: 'case source.date month 2024-13',
    file: CASE,
    edit: replace('date: "2024-05-07"', 'date: "2024-13"'),
    says: /字段 source\.date：“2024-13”不是有效的月份/,
    lineOf: 'date: "2024-13"',
  },
  {
    name: 'obligation range end 02-30',
    file: 'src/content/obligations.yaml',
    edit: replace('end: "04-15"', 'end: "02-30"'),
    says: /schedule\.end：“02-30”不是有效的月日/,
    lineOf: 'end: "02-30"',
  },
  {
    name: 'calendar override holiday 2027-02-30',
    file: OVERRIDE,
    edit: () => override2027().replace('2027-01-01', '2027-02-30'),
    says: /holidays\.0\.date：“2027-02-30”不存在/,
    lineOf: '2027-02-30',
  },

  // Calendar overrides.
  {
    name: 'calendar override: a Wednesday as a make-up workday',
    file: OVERRIDE,
    edit: () => override2027().replace('2027-01-09', '2027-01-06'),
    says: /makeupWorkdays\.0\.date：.*2027-01-06 是周三；调休上班日只能是周六或周日/,
    lineOf: '2027-01-06',
  },
  {
    name: 'calendar override: a 2026 date in 2027.yaml',
    file: OVERRIDE,
    edit: () => override2027().replace('2027-01-01', '2026-10-01'),
    says: /holidays\.0\.date：.*2026-10-01 不属于该年度/,
    lineOf: '2026-10-01',
  },
  {
    name: 'calendar override: prior December without the notice saying so',
    file: OVERRIDE,
    edit: () => override2027().replace('2027-01-09', '2026-12-26'),
    says: /2026-12-26 是上一年12月.*includesPriorDecember: true/,
    lineOf: '2026-12-26',
  },
  {
    name: 'calendar override: year 2028 in 2027.yaml',
    file: OVERRIDE,
    edit: () =>
      override2027()
        .replace('year: 2027', 'year: 2028')
        .replace(/2027-01-0(1|9)/g, '2028-01-0$1')
        .replace('2028-01-09', '2028-01-08'),
    says: /year: 2028 的文件应命名为 2028\.yaml/,
  },

  // The same case filed twice.
  {
    name: 'the same case under another file name',
    file: 'src/content/cases/2024/dangyang-qianxin-copy.mdx',
    edit: () => readFileSync(CASE, 'utf8'),
    says: /(dangyang-wangdian-qianxin|dangyang-qianxin-copy)\.mdx 是同一件案例/,
  },

  // Rules only `npm test` used to enforce.
  { name: 'case year not its folder', file: CASE, edit: replace('year: 2024', 'year: 2023'), says: /year: 2023 与所在目录 2024\/ 不一致/ },
  { name: 'case without ## 典型意义', file: CASE, edit: replace('## 典型意义', '## 意义'), says: /缺少“## 典型意义”/ },
  {
    name: 'deadline number absent from its provision',
    file: 'src/content/procedures/fangdiao.yaml',
    edit: replace('        count: 15\n', '        count: 16\n'),
    says: /期限 tiaojie-qixian 写的是 16日，但所引条款/,
  },
  {
    name: 'glossary related names an unknown term',
    file: 'src/content/glossary.yaml',
    edit: replace('related: [renmin-tiaojie, sifa-tiaojie', 'related: [renmin-tiaojie, no-such-term, sifa-tiaojie'),
    says: /related 中“no-such-term”不是术语表里的 id/,
    lineOf: '- id: xingzheng-tiaojie',
  },
  {
    name: 'glossary quiz distractor names an unknown term',
    file: 'src/content/glossary.yaml',
    edit: replace('distractors: [teyao-tiaojie, sifa-queren, fuyuan-hudong]', 'distractors: [teyao-tiaojie, no-such-term, fuyuan-hudong]'),
    says: /quiz\.distractors 中“no-such-term”不是术语表里的 id/,
    lineOf: '- id: sifa-tiaojie',
  },
  {
    name: 'glossary definedIn not among the term’s citations',
    file: 'src/content/glossary.yaml',
    edit: replace('definedIn: [minshi-susong-fa/9]', 'definedIn: [minshi-susong-fa/10]'),
    says: /definedIn 中的“minshi-susong-fa\/10”应同时列在 usedIn 或 cites 中/,
    lineOf: 'definedIn: [minshi-susong-fa/10]',
  },
  {
    name: '<Repair> without note',
    file: REPAIR_REG,
    edit: replace('<Repair note="原文作“)强化舆论宣传”，脱“(四”，编者补" unit="(四)"><Fix>(四</Fix>)</Repair>', '<Repair>(四</Repair>'),
    says: /<Repair> 缺少 note/,
    lineOf: '<Repair>(四</Repair>',
  },
  {
    name: '<Repair> with an empty note',
    file: REPAIR_REG,
    edit: replace(
      '<Repair note="原文作“)强化舆论宣传”，脱“(四”，编者补" unit="(四)"><Fix>(四</Fix>)</Repair>',
      '<Repair note="">(四</Repair>',
    ),
    says: /<Repair> 的 note 太短/,
    lineOf: '<Repair note="">(四</Repair>',
  },

  // Parser errors.
  { name: 'MDX: braces in a case body', file: CASE, edit: append('赔偿金额{待定。'), says: /花括号/, lineOf: '赔偿金额{待定。' },
  {
    name: 'MDX: a stray < in a case body',
    file: CASE,
    edit: append('金额<1万元的部分当场支付。'),
    says: /尖括号 </,
    lineOf: '金额<1万元的部分当场支付。',
  },
  {
    name: 'MDX: an unclosed <Repair> in a regulation',
    file: REPAIR_REG,
    edit: replace(
      '<Repair note="原文作“)强化舆论宣传”，脱“(四”，编者补" unit="(四)"><Fix>(四</Fix>)</Repair>',
      '<Repair note="原文作“)强化舆论宣传”，脱“(四”，编者补">(四',
    ),
    says: /尖括号 <|组件标签/,
  },

  // Content cannot run code: every payload in a case and in a regulation.
  ...XSS.flatMap(([name, payload, says]): Mistake[] => [
    { name: `XSS in a case: ${name}`, file: CASE, edit: append(payload), says, lineOf: payload.split('\n')[0]! },
    ...(name.startsWith('a Repair')
      ? []
      : [{ name: `XSS in a regulation: ${name}`, file: REG, edit: append(payload), says, lineOf: payload.split('\n')[0]! }]),
  ]),
];

let root: string;
let refused = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'editor-mistakes-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  console.log(`editor mistakes: ${MISTAKES.length} injected / ${refused} refused`);
});

/** 1-based line of the last occurrence of `marker` in `text`. */
function lineOf(text: string, marker: string): number {
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error(`找不到注入的文字 ${marker}`);
  return text.slice(0, at).split('\n').length + (marker.startsWith('\n') ? 1 : 0);
}

describe('the unedited content passes the gate', () => {
  it('has no problems', () => expect(checkContent(root).map(formatProblem)).toEqual([]));
});

describe('every editor mistake is refused, naming file and line or field', () => {
  for (const m of MISTAKES) {
    it(m.name, () => {
      const path = join(root, m.file);
      let before: string | undefined;
      try {
        before = readFileSync(path, 'utf8');
      } catch {
        before = undefined;
      }
      const edited = m.edit(before);
      writeFileSync(path, edited);
      try {
        const messages = checkContent(root).map(formatProblem);
        // A duplicate is reported on whichever of the two files sorts later; the message names both.
        const hit = messages.find((msg) => msg.includes(m.file) && m.says.test(msg));
        expect(hit, messages.join('\n')).toBeDefined();
        if (m.lineOf !== undefined) expect(hit).toContain(`${m.file} 第 ${lineOf(edited, m.lineOf)} 行：`);
        refused++;
      } finally {
        if (before === undefined) unlinkSync(path);
        else writeFileSync(path, before);
      }
    });
  }
});
