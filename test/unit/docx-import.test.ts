import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocxFixture as writeFixture } from '../support/docx-fixture.ts';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseFile } from '../../src/lib/cases/scaffold.ts';
import {
  draftCaseFromText,
  mapDomain,
  type DomainWord,
  mapMechanism,
  mapMethod,
  mapOutcome,
  parseAmount,
  parseDate,
  parseDays,
} from '../../src/lib/cases/docx-import.ts';
import { checkCaseFile, findPersonalData } from '../../src/lib/privacy/scan.ts';
import { readYamlList } from '../support/data.ts';

/** The scope checker's everyday dispute words, which the import also uses as domain synonyms. */
const vocabulary = readYamlList('src/content/dispute-vocabulary.yaml') as DomainWord[];

let dir: string;
let docxPath: string;
let text: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docx-import-'));
  docxPath = join(dir, 'submission.docx');
  await writeFixture(docxPath);
  text = (await mammoth.extractRawText({ path: docxPath })).value;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('draftCaseFromText on a Word writeup', () => {
  it('recognises the title and the labelled fields, mapping words to the schema enums', () => {
    const { data } = draftCaseFromText(text, vocabulary);
    expect(data).toMatchObject({
      title: '张某与某物业公司漏水维修纠纷调解案',
      region: '浙江省杭州市西湖区',
      body: '西湖区某街道人民调解委员会',
      mechanism: '人民调解',
      domain: '物业服务',
      outcome: '达成协议',
      days: 12,
      amount: 38000,
      methods: ['背靠背', '释法明理', '回访'],
    });
    expect(data.keyPoints).toEqual([
      '先到现场查明漏水原因，再讨论责任分担，避免各执一词。',
      '协议写明维修期限和赔偿金额，便于履行和回访。',
    ]);
  });

  it('splits the four sections at their numbered headings', () => {
    const { sections } = draftCaseFromText(text, vocabulary);
    expect(Object.keys(sections)).toEqual(['基本案情', '调解过程', '调解结果', '典型意义']);
    expect(sections.基本案情).toBe(
      '张某是某小区业主，家中因楼上管道渗漏受损，多次找物业公司维修未果。\n\n张某的联系电话为13800138000，曾多次拨打物业值班电话。',
    );
    expect(sections.调解过程).toBe('调解员先到现场查看漏水点，再分别听取双方意见。');
    expect(sections.典型意义).toBe('物业纠纷要先查明事实，再依法明确责任。');
  });

  it('lists what the editor must still supply', () => {
    const { missing } = draftCaseFromText(text, vocabulary);
    expect(missing).toEqual(['year', 'cites', 'source.publisher', 'source.title', 'source.date', 'source.where']);
  });

  it('finds the phone number in the imported text and in the draft file', () => {
    expect(findPersonalData(text).map((f) => [f.kind, f.match])).toEqual([['mobile', '13800138000']]);
    const draft = draftCaseFromText(text, vocabulary);
    const built = buildCaseFile({ ...draft.data, year: 2026 }, draft.sections);
    const messages = checkCaseFile('src/content/cases/2026/x.mdx', built.text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^src\/content\/cases\/2026\/x\.mdx:\d+:\d+ 疑似手机号码：138\*\*\*\*8000$/);
  });
});

describe('draftCaseFromText on plain text', () => {
  it('takes inline section text, source fields and an unambiguous mechanism from the title', () => {
    const draft = draftCaseFromText(
      [
        '2024年度优秀案例',
        '李某与王某相邻通行纠纷人民调解案',
        '纠纷类型：邻居纠纷',
        '调解结果：部分达成协议',
        '基本案情：李某与王某是邻居。',
        '调解经过',
        '调解员组织双方面对面协商。',
        '案例评析：',
        '邻里纠纷宜早调。',
        '引用条款：sichuan-da-tiaojie-2015/1.3、第三条',
        '发布机关：某县司法局',
        '原标题：《某县人民调解典型案例》',
        '发布日期：2024年5月3日',
        '发布渠道：某县司法局微信公众号',
      ].join('\n'),
      vocabulary,
    );
    expect(draft.data).toMatchObject({
      title: '李某与王某相邻通行纠纷人民调解案',
      mechanism: '人民调解',
      domain: '邻里纠纷',
      outcome: '部分达成',
      cites: ['sichuan-da-tiaojie-2015/1.3'],
      source: { publisher: '某县司法局', title: '某县人民调解典型案例', date: '2024-05-03', where: '某县司法局微信公众号' },
    });
    expect(draft.sections).toEqual({
      基本案情: '李某与王某是邻居。',
      调解过程: '调解员组织双方面对面协商。',
      典型意义: '邻里纠纷宜早调。',
    });
    expect(draft.missing).toEqual(['year', 'region', 'body', 'methods', 'keyPoints', '调解结果']);
    expect(draft.notes.some((n) => n.includes('第三条'))).toBe(true);
  });

  it('leaves ambiguous values unmapped and says so', () => {
    // 农民工工资 belongs to two domains in the vocabulary (劳动争议, 建设工程).
    const draft = draftCaseFromText('某案\n纠纷类型：农民工工资\n调解方法：以茶会友', vocabulary);
    expect(draft.data.domain).toBeUndefined();
    expect(draft.data.methods).toBeUndefined();
    expect(draft.notes.join('\n')).toMatch(/纠纷类型“农民工工资”无法唯一对应[\s\S]*调解方法“以茶会友”不在方法列表中/);
  });
});

describe('value parsers and enum mapping', () => {
  it('parses amounts, days and dates', () => {
    expect(parseAmount('38000元')).toBe(38000);
    expect(parseAmount('3.8万元')).toBe(38000);
    expect(parseAmount('1,200 元')).toBe(1200);
    expect(parseAmount('不详')).toBeNull();
    expect(parseDays('用时 7 天')).toBe(7);
    expect(parseDate('2024年5月')).toBe('2024-05');
    expect(parseDate('2024.5.3')).toBe('2024-05-03');
    expect(parseDate('五月')).toBeNull();
  });
  it('maps words to enum values only when unambiguous', () => {
    expect(mapMechanism('行政复议调解')).toBe('行政复议调解');
    expect(mapMechanism('人民调解')).toBe('人民调解');
    expect(mapOutcome('未达成协议')).toBe('调解终止');
    expect(mapOutcome('申请人撤回申请')).toBe('撤回申请');
    expect(mapDomain('拖欠工资', vocabulary)).toBe('劳动争议');
    expect(mapDomain('物业纠纷', vocabulary)).toBe('物业服务');
    expect(mapDomain('楼上漏水', vocabulary)).toBeNull(); // 邻里纠纷 or 物业服务
    expect(mapDomain('物业服务')).toBe('物业服务');
    expect(mapMethod('现场勘察')).toBe('现场勘查');
    expect(mapMethod('喝茶')).toBeNull();
  });
});

describe('section text is safe MDX', () => {
  it('escapes braces and angle brackets from Word', () => {
    const { sections } = draftCaseFromText('某纠纷调解案\n基本案情\n赔偿{待定}，金额<1万元>。');
    expect(sections.基本案情).toBe('赔偿\\{待定\\}，金额\\<1万元\\>。');
  });
});
