import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseSchema } from '../../src/schemas/case.ts';
import {
  SECTION_NAMES,
  asciiSlug,
  buildCaseFile,
  caseFilePath,
  defaultSlug,
  describeMissing,
  frontmatterOf,
  isValidSlug,
  missingFields,
  splitList,
  validateDraft,
  yamlScalar,
  type CaseDraft,
} from '../../src/lib/cases/scaffold.ts';

import { basicAnswers, full } from '../support/case-draft.ts';

function frontmatter(text: string): unknown {
  const fm = frontmatterOf(text);
  expect(fm).not.toBeNull();
  return parse(fm!);
}

describe('buildCaseFile with every answer', () => {
  const built = buildCaseFile(full, { 基本案情: '张某是某小区业主。' });

  it('writes frontmatter the case schema accepts', () => {
    const result = caseSchema.safeParse(frontmatter(built.text));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data).toMatchObject({
      title: full.title,
      year: 2024,
      methods: ['面对面', '释法明理'],
      days: 12,
      amount: { claimed: 38000, settled: null },
      illustrative: false,
    });
    expect(result.data?.source.date).toBe('2024-05');
  });

  it('keeps awkward strings intact through YAML', () => {
    const data = caseSchema.parse(frontmatter(built.text));
    expect(data.keyPoints).toEqual(full.keyPoints);
  });

  it('lists nothing as missing but the unwritten sections', () => {
    expect(built.missing).toEqual([]);
    expect(missingFields(full)).toEqual([]);
    expect(validateDraft(full)).toEqual([]);
    expect(built.missingSections).toEqual(['调解过程', '调解结果', '典型意义']);
  });

  it('writes the four body sections in order, with placeholders for the unwritten ones', () => {
    const headings = [...built.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...SECTION_NAMES]);
    expect(built.text).toContain('## 基本案情\n\n张某是某小区业主。');
    expect(built.text).toMatch(/## 典型意义\n\n\{\/\* 待填写：.+ \*\/\}/);
  });
});

describe('buildCaseFile with missing answers', () => {
  const partial: CaseDraft = { ...basicAnswers };
  const built = buildCaseFile(partial);

  it('lists exactly what the editor must still supply', () => {
    expect(built.missing).toEqual(['methods', 'keyPoints', 'cites', 'source.publisher', 'source.title', 'source.date', 'source.where']);
    const lines = describeMissing(built.missing);
    expect(lines[2]).toMatch(/^cites（--cites）：.*npm run provisions/);
    expect(built.missingSections).toEqual([...SECTION_NAMES]);
  });

  it('marks every placeholder 待填写 and leaves values the schema rejects', () => {
    expect(built.text).toMatch(/^cites: \[\] {2}# 待填写：/m);
    expect(built.text).toMatch(/^methods: \[\] {2}# 待填写：/m);
    expect(built.text).toMatch(/^ {2}publisher: "" {2}# 待填写：/m);
    const result = caseSchema.safeParse(frontmatter(built.text));
    expect(result.success).toBe(false);
    const failing = new Set(result.error!.issues.map((i) => i.path.map(String).join('.')));
    expect([...failing].sort()).toEqual([...built.missing].sort());
  });

  it('does not report missing fields as invalid ones', () => {
    expect(validateDraft(partial)).toEqual([]);
  });

  it('with nothing answered, every required field is missing and the enums fail', () => {
    const empty = buildCaseFile({});
    expect(empty.missing).toHaveLength(14);
    expect(empty.text).toMatch(/^year: null {2}# 待填写/m);
    expect(caseSchema.safeParse(frontmatter(empty.text)).success).toBe(false);
  });
});

describe('validation of answered fields', () => {
  it('reports a title without 案, a short key point and a malformed citation', () => {
    const errors = validateDraft({ ...full, title: '张某与某物业公司纠纷', keyPoints: ['太短'], cites: ['Fangdiao/六'] });
    expect(errors.some((e) => e.startsWith('title：') && e.includes('案'))).toBe(true);
    expect(errors.some((e) => e.startsWith('keyPoints.0：'))).toBe(true);
    expect(errors.some((e) => e.startsWith('cites.0：'))).toBe(true);
  });
  it('reports a malformed source date', () => {
    expect(validateDraft({ ...full, source: { ...full.source, date: '2024年5月' } })).toEqual([expect.stringMatching(/^source\.date：/)]);
  });
});

describe('slugs, paths and helpers', () => {
  it('numbers default slugs per year', () => {
    expect(defaultSlug(2024, [])).toBe('case-2024-1');
    expect(defaultSlug(2024, ['case-2024-1', 'case-2024-3', 'zhang'])).toBe('case-2024-2');
  });
  it('derives a slug from ASCII text only', () => {
    expect(asciiSlug('Zhang v. ABC Property')).toBe('zhang-v-abc-property');
    expect(asciiSlug('张某与某物业公司纠纷调解案')).toBeNull();
    expect(asciiSlug('2024')).toBeNull();
  });
  it('validates slugs', () => {
    expect(isValidSlug('zhang-wuye-2024')).toBe(true);
    expect(isValidSlug('Zhang_wuye')).toBe(false);
    expect(isValidSlug('zhang--wuye')).toBe(false);
  });
  it('builds the file path', () => {
    expect(caseFilePath('src/content/cases/', 2024, 'x')).toBe('src/content/cases/2024/x.mdx');
  });
  it('splits lists typed on one line', () => {
    expect(splitList('面对面、释法明理, 回访；听证')).toEqual(['面对面', '释法明理', '回访', '听证']);
  });
  it('quotes YAML scalars only when needed', () => {
    expect(yamlScalar('浙江省杭州市')).toBe('浙江省杭州市');
    expect(yamlScalar('2024年度案例')).toBe('"2024年度案例"');
    expect(yamlScalar('a: b')).toBe('"a: b"');
    expect(yamlScalar('null')).toBe('"null"');
    expect(parse(`x: ${yamlScalar('“引号”与 #号')}`)).toEqual({ x: '“引号”与 #号' });
  });
});
