import { describe, expect, it } from 'vitest';
import {
  bodyBlocks,
  matchMarker,
  numberProvisions,
  parseChineseNumeral,
  provisionLabel,
  provisionTitle,
  toChineseNumeral,
} from '../../src/lib/provisions/numbering.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十二', 12], ['二十', 20], ['二十三', 23],
  ])('%s = %i, and back', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
    expect(toChineseNumeral(n)).toBe(text);
  });
  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('是')).toBeNaN();
    expect(parseChineseNumeral('一二')).toBeNaN();
  });
});

describe('provision markers', () => {
  it.each([
    ['一、行政调解的范围', 1, 1],
    ['十二、其他', 1, 12],
    ['(三)依法调解。人民调解组织…', 2, 3],
    ['（三）依法调解。', 2, 3],
    ['1.公民之间有关人身损害赔偿', 3, 1],
    ['2、公民与法人之间', 3, 2],
    ['(2)第二小项', 4, 2],
  ])('%s → level %i, ordinal %i', (text, level, ordinal) => {
    expect(matchMarker(text)).toMatchObject({ level, ordinal });
  });
  it.each(['一是推动行政诉讼', '2019年6月13日', '3.5万元', '各县(区)司法局', '“访调对接”'])('%s is not a provision', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});

describe('numbering a document', () => {
  const blocks = [
    '各县(区)司法局、信访局:',
    '五、明确信访矛盾纠纷调解范围',
    '(一)适用于移送人民调解处理的信访矛盾纠纷',
    '1.公民之间有关人身损害赔偿、财产权益和其他权益的纠纷;',
    '2.公民与法人之间的民事纠纷;',
    '(二)不适用移送人民调解处理的信访矛盾纠纷',
    '1.不属于人民调解受理范围的;',
    '六、工作流程',
    '(三)依法调解。人民调解组织受理调解申请后…',
  ];
  const ids = numberProvisions(blocks).map((p) => p.path);
  it('nests items under the part they belong to and restarts at each new part', () => {
    expect(ids).toEqual(['5', '5.1', '5.1.1', '5.1.2', '5.2', '5.2.1', '6', '6.3']);
  });
  it('labels provisions the way they are cited in writing', () => {
    const p = numberProvisions(blocks).find((x) => x.path === '6.3')!;
    expect(provisionLabel(p)).toBe('第六条第（三）项');
    const q = numberProvisions(blocks).find((x) => x.path === '5.2.1')!;
    expect(provisionLabel(q)).toBe('第五条第（二）项第1目');
  });
  it('titles a paragraph provision by its lead-in', () => {
    expect(provisionTitle('(三)依法调解。人民调解组织…', matchMarker('(三)依法调解。')!)).toBe('依法调解');
  });
});

describe('bodyBlocks', () => {
  it('sees headings and inline repairs the way the page does', () => {
    const body = '\n## 一、加强源头调解\n\n## <Repair note="原文缺序号">三、</Repair>做好行政调解工作的基本要求\n\n(一)坚持依法行政,\n是重要措施。\n';
    expect(bodyBlocks(body)).toEqual(['一、加强源头调解', '三、做好行政调解工作的基本要求', '(一)坚持依法行政,是重要措施。']);
  });
});

import { provisionTexts } from '../../src/lib/provisions/numbering.ts';

describe('provisionTexts', () => {
  it('gives a part its own text and its items, and an item only its own', () => {
    const texts = provisionTexts(['前言', '六、工作流程', '(二)对接移交。应在3日内退回。', '补充说明', '(三)依法调解。15日内完成。', '七、工作机制']);
    expect(texts.get('6.2')).toBe('(二)对接移交。应在3日内退回。\n补充说明');
    expect(texts.get('6')).toContain('15日内完成');
    expect(texts.get('7')).toBe('七、工作机制');
    expect(texts.has('前言')).toBe(false);
  });
});
