import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  docBlocks,
  type Block,
  bodyBlocks,
  matchMarker,
  numberProvisions,
  parseChineseNumeral,
  provisionLabel,
  provisionTitle,
  toChineseNumeral,
  provisionTexts,
} from '../../src/lib/provisions/numbering.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
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
    expect(provisionLabel(p)).toBe('第六部分第（三）项');
    const q = numberProvisions(blocks).find((x) => x.path === '5.2.1')!;
    expect(provisionLabel(q)).toBe('第五部分第（二）项第1目');
  });
  it('titles a paragraph provision by its lead-in', () => {
    expect(provisionTitle('(三)依法调解。人民调解组织…', matchMarker('(三)依法调解。')!)).toBe('依法调解');
  });
});

describe('bodyBlocks', () => {
  it('sees headings and inline repairs the way the page does', () => {
    const body =
      '\n## 一、加强源头调解\n\n## <Repair note="原文缺序号">三、</Repair>做好行政调解工作的基本要求\n\n(一)坚持依法行政,\n是重要措施。\n';
    expect(bodyBlocks(body)).toEqual(['一、加强源头调解', '三、做好行政调解工作的基本要求', '(一)坚持依法行政,是重要措施。']);
  });
});

describe('provisionTexts', () => {
  it('gives a part its own text and its items, and an item only its own', () => {
    const texts = provisionTexts([
      '前言',
      '六、工作流程',
      '(二)对接移交。应在3日内退回。',
      '补充说明',
      '(三)依法调解。15日内完成。',
      '七、工作机制',
    ]);
    expect(texts.get('6.2')).toBe('(二)对接移交。应在3日内退回。\n补充说明');
    expect(texts.get('6')).toContain('15日内完成');
    expect(texts.get('7')).toBe('七、工作机制');
    expect(texts.has('前言')).toBe(false);
  });
});

describe('statute numerals', () => {
  it.each([
    ['一百零五', 105],
    ['一百一十', 110],
    ['二百零一', 201],
    ['二百八十八', 288],
    ['一千零六十七', 1067],
    ['一千一百六十五', 1165],
    ['一千二百一十八', 1218],
  ])('%s = %i, and back', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
    expect(toChineseNumeral(n)).toBe(text);
  });
  it('rejects malformed numerals', () => {
    expect(parseChineseNumeral('百一')).toBeNaN();
    expect(parseChineseNumeral('十百')).toBeNaN();
  });
});

describe('numbering a statute (条 / 款 / 项)', () => {
  // Shape of 人民调解法 第三条 (one 款 with three 项) and 第三十三条 (three 款).
  const blocks: Block[] = [
    { text: '第一章　总则', kind: 'heading' },
    { text: '第三条　人民调解委员会调解民间纠纷，应当遵循下列原则：', kind: 'paragraph' },
    { text: '（一）在当事人自愿、平等的基础上进行调解；', kind: 'paragraph' },
    { text: '（二）不违背法律、法规和国家政策；', kind: 'paragraph' },
    { text: '第五章　调解协议', kind: 'heading' },
    {
      text: '第三十三条　经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以……共同向人民法院申请司法确认。',
      kind: 'paragraph',
    },
    { text: '人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。', kind: 'paragraph' },
    { text: '人民法院依法确认调解协议无效的，当事人可以……向人民法院提起诉讼。', kind: 'paragraph' },
  ];
  const provisions = numberProvisions(blocks, 'statute');
  const byPath = new Map(provisions.map((p) => [p.path, p]));

  it('numbers articles, 款 and 项', () => {
    expect(provisions.map((p) => p.path)).toEqual(['3', '3.1.1', '3.1.2', '33', '33.1', '33.2', '33.3']);
  });
  it('labels them as a statute is cited', () => {
    expect(provisionLabel(byPath.get('33')!)).toBe('第三十三条');
    expect(provisionLabel(byPath.get('33.2')!)).toBe('第三十三条第二款');
    expect(provisionLabel(byPath.get('3.1.2')!)).toBe('第三条第（二）项');
  });
  it("links the first 款 to the article's own paragraph", () => {
    expect(anchorOf(byPath.get('33.1')!)).toBe('p33');
    expect(anchorOf(byPath.get('33.2')!)).toBe('p33.2');
  });
  it('gives each provision its own text: the article all its 款, a 款 only itself', () => {
    const texts = provisionTexts(blocks, 'statute');
    expect(texts.get('33.2')).toBe(blocks[6]!.text);
    expect(texts.get('33.1')).toBe(blocks[5]!.text);
    expect(texts.get('33')!.split('\n')).toHaveLength(3);
    expect(texts.get('3')).not.toContain('第五章');
  });
  it('labels a 项 of a 款 that is not the first with its 款', () => {
    const two = numberProvisions(['第十条　甲。', '乙：', '（一）丙；'], 'statute');
    expect(two.map((p) => [p.path, provisionLabel(p)])).toEqual([
      ['10', '第十条'],
      ['10.1', '第十条第一款'],
      ['10.2', '第十条第二款'],
      ['10.2.1', '第十条第二款第（一）项'],
    ]);
  });
});

describe('text outside a provision', () => {
  const body = [
    '## 四、职责分工',
    '(三)政府各部门应当切实发挥行政调解的主体作用。',
    '<PartText>各级政府及其部门要严格落实行政调解工作责任制。</PartText>',
    '## 五、工作制度',
    '(一)建立制度。',
    '<Closing>',
    '拉萨市司法局　拉萨市信访局',
    '2019年6月13日',
    '</Closing>',
  ].join('\n\n');
  const blocks = docBlocks(body);
  it('marks part-level text and the closing block', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'part-text', 'heading', 'paragraph', 'closing', 'closing']);
  });
  it('keeps part-level text out of the item before it but in the part', () => {
    const texts = provisionTexts(blocks);
    expect(texts.get('4.3')).not.toContain('责任制');
    expect(texts.get('4')).toContain('责任制');
  });
  it('keeps the signature out of every provision', () => {
    const texts = provisionTexts(blocks);
    expect([...texts.values()].some((t) => t.includes('拉萨市司法局'))).toBe(false);
  });
});
