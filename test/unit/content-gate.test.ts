/** The pieces of the content gate: the date check, the URL check and the MDX compiler's copy of the gate. */
import { describe, expect, it } from 'vitest';
import { isoDateProblem } from '../../src/schemas/date-check.ts';
import { CASE_COMPONENTS, isUnsafeUrl, parseMdx } from '../../src/lib/content/mdx-gate.ts';
import { checkMdxBody } from '../../src/lib/content/mdx-gate.ts';
import remarkContentGate from '../../src/markdown/remark-content-gate.ts';

describe('isoDateProblem', () => {
  it.each(['2024-02-29', '2019-06-30', '2000-02-29'])('accepts the real date %s', (d) => expect(isoDateProblem(d)).toBeNull());
  it('refuses dates that do not exist, saying how long the month is', () => {
    expect(isoDateProblem('2019-06-31')).toBe('“2019-06-31”不存在：2019年6月只有30天');
    expect(isoDateProblem('2024-02-30')).toBe('“2024-02-30”不存在：2024年2月只有29天');
    expect(isoDateProblem('2023-02-29')).toBe('“2023-02-29”不存在：2023年2月只有28天');
    expect(isoDateProblem('1900-02-29')).toMatch(/1900年2月只有28天/);
    expect(isoDateProblem('2024-13-01')).toMatch(/月份为 01–12/);
    expect(isoDateProblem('2024-6-1')).toMatch(/不是日期/);
  });
  it('accepts a month only where the field allows it', () => {
    expect(isoDateProblem('2024-06', { allowMonth: true })).toBeNull();
    expect(isoDateProblem('2024-06')).toMatch(/不是日期/);
    expect(isoDateProblem('2024-00', { allowMonth: true })).toMatch(/不是有效的月份/);
  });
});

describe('isUnsafeUrl', () => {
  it.each(['/cases/', '#p-6-3', 'https://www.gov.cn/', 'http://example.org', 'mailto:a@b.cn', 'tel:12345', '../x/'])('allows %s', (u) =>
    expect(isUnsafeUrl(u)).toBe(false),
  );
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses %s', (u) => expect(isUnsafeUrl(u)).toBe(true));
});

describe('the MDX gate', () => {
  it('lets Markdown, links and <Cite> through', () => {
    const body =
      '## 基本案情\n\n张某与某公司……见[规定](/regulations/x/)和<Cite id="fangdiao-lhasa-2019/6.3" />。\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(checkMdxBody('x.mdx', body, CASE_COMPONENTS)).toEqual([]);
  });
  it('counts lines from the top of the file', () => {
    expect(checkMdxBody('x.mdx', '第一段\n\n<script>alert(1)</script>\n', CASE_COMPONENTS, 10)).toEqual([
      { file: 'x.mdx', line: 13, message: expect.stringMatching(/^不允许使用 <script>/) as unknown as string },
    ]);
  });
});

describe('remarkContentGate (the MDX compiler applies the same gate)', () => {
  const run = (path: string, text: string) => () => remarkContentGate()(parseMdx(text), { path });
  it('throws on a case with <iframe>, naming file and line', () => {
    expect(run(`${process.cwd()}/src/content/cases/2024/x.mdx`, '正文\n\n<iframe src="https://example.com/" />\n')).toThrow(
      /src\/content\/cases\/2024\/x\.mdx 第 3 行：不允许使用 <iframe>/,
    );
  });
  it('allows <Repair note> in a regulation but not in a case', () => {
    const repair = '<Repair note="原文脱字，编者补全">三是</Repair>推动工作。\n';
    expect(run(`${process.cwd()}/src/content/regulations/x.mdx`, repair)).not.toThrow();
    expect(run(`${process.cwd()}/src/content/cases/2024/x.mdx`, repair)).toThrow(/不允许使用 <Repair>/);
  });
  it('leaves files outside the content folders alone', () => {
    expect(run(`${process.cwd()}/src/pages/about.mdx`, '<div>页面</div>\n')).not.toThrow();
  });
});
