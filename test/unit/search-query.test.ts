import { describe, expect, it } from 'vitest';
import {
  capQuery,
  contentWords,
  excerptPieces,
  mergeByBestScore,
  mergeBySum,
  normalizeQuery,
  queryVariants,
  withHighlight,
} from '../../src/lib/search/query.ts';
import { provisionRecords } from '../../src/lib/search/records.ts';

describe('query variants', () => {
  it('writes numerals before a counter both ways', () => {
    expect(queryVariants('三个工作日内受理')).toEqual(['三个工作日内受理', '3个工作日内受理']);
    expect(queryVariants('3个工作日内受理')).toEqual(['3个工作日内受理', '三个工作日内受理']);
    expect(queryVariants('15日内完成')).toEqual(['15日内完成', '十五日内完成']);
    expect(queryVariants('两个月')).toContain('2个月');
  });
  it('leaves other numbers alone and normalises width and spaces', () => {
    expect(queryVariants('2019年')).toContain('2019年');
    expect(normalizeQuery('  访调　对接 ')).toBe('访调 对接');
    expect(normalizeQuery('ＡＢＣ１２')).toBe('ABC12');
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('content words', () => {
  it('drops question words and joins characters the segmenter splits', () => {
    expect(contentWords('联席会议多久开一次')).toEqual(['联席会议', '一次']);
    expect(contentWords('行政复议和解')).toEqual(expect.arrayContaining(['复议', '和解']));
    expect(contentWords('什么')).toEqual([]);
  });
});

describe('merging and rendering', () => {
  const a = [
    { key: 'x', score: 1, item: 'x' },
    { key: 'y', score: 0.5, item: 'y' },
  ];
  const b = [
    { key: 'y', score: 0.8, item: 'y' },
    { key: 'z', score: 0.2, item: 'z' },
  ];
  it('keeps the best score of each result across variants', () => {
    expect(mergeByBestScore([a, b]).map((r) => [r.key, r.score])).toEqual([
      ['x', 1],
      ['y', 0.8],
      ['z', 0.2],
    ]);
  });
  it('adds scores across words, so pages with more words rank higher', () => {
    expect(mergeBySum([a, b]).map((r) => r.key)).toEqual(['y', 'x', 'z']);
  });
  it('turns an excerpt into text and marks only, never markup', () => {
    expect(excerptPieces('前文<mark>访调</mark>后文 &lt;img src=x&gt;<b>粗</b>')).toEqual([
      { text: '前文', mark: false },
      { text: '访调', mark: true },
      { text: '后文 <img src=x>粗', mark: false },
    ]);
  });
  it('puts the highlight before the anchor and replaces an old one', () => {
    expect(withHighlight('/r/doc/?highlight=old#p6.3', '移送函')).toBe(`/r/doc/?highlight=${encodeURIComponent('移送函')}#p6.3`);
    expect(withHighlight('/cases/?year=2024', '欠薪')).toBe(`/cases/?year=2024&highlight=${encodeURIComponent('欠薪')}`);
  });
});

describe('provision search records', () => {
  it('gives every provision a record at its anchor, titled by its citation, under the base path', () => {
    const body = '\n## 六、工作流程\n\n(二)对接移交。应在3日内退回信访部门。\n\n(三)依法调解。15日内完成。\n';
    const records = provisionRecords([{ id: 'fangdiao-lhasa-2019', shortTitle: '完善“访调对接”机制实施意见', body }], '/tiaojie/');
    expect(records.map((r) => r.url)).toEqual([
      '/tiaojie/regulations/fangdiao-lhasa-2019/#p6',
      '/tiaojie/regulations/fangdiao-lhasa-2019/#p6.2',
      '/tiaojie/regulations/fangdiao-lhasa-2019/#p6.3',
    ]);
    expect(records[1]!.meta['title']).toBe('《完善“访调对接”机制实施意见》第六部分第（二）项 对接移交');
    expect(records[1]!.content).toContain('3日内退回');
    expect(records[0]!.content).toContain('15日内完成');
    expect(records[0]!.filters['类型']).toEqual(['法规条款']);
  });
});

describe('query length cap', () => {
  it('cuts a 10,000-character query to its first 100 characters and says it did', () => {
    const { q, cut } = capQuery('调'.repeat(10_000));
    expect(q).toBe('调'.repeat(100));
    expect(cut).toBe(true);
  });
  it('leaves an ordinary query whole', () => {
    expect(capQuery('  访调对接 ')).toEqual({ q: '访调对接', cut: false });
    expect(capQuery(null)).toEqual({ q: '', cut: false });
  });
});
