import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { pageCount, pagePath, pagerItems } from '../../src/lib/cases/pager.ts';
import { byIdInList, decodeRows, displayOf, encodeIndex, shardOf, type ListedCase } from '../../src/lib/cases/filter-index.ts';
import {
  exactMatches,
  fieldsOf,
  fuzzyPieces,
  keywordMatches,
  normaliseText,
  storedText,
  withinEdits,
} from '../../src/lib/cases/keyword.ts';
import { caseMetaLine } from '../../src/lib/cases/list-item.ts';
import { SORTS, sortCases } from '../../src/lib/cases/filter.ts';
import { CASE_SEARCH } from '../../src/lib/search/fuse-options.ts';

describe('case list pages', () => {
  it('keeps a library of up to 50 cases on one page', () => {
    expect(pageCount(31)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(10_031)).toBe(201);
  });
  it('puts page 1 at the list itself and later pages under page/', () => {
    expect(pagePath('/cases/', 1)).toBe('/cases/');
    expect(pagePath('/cases/', 2)).toBe('/cases/page/2/');
    expect(pagePath('/cases/2024/', 3)).toBe('/cases/2024/page/3/');
  });
  const shown = (items: ReturnType<typeof pagerItems>) =>
    items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.n}]` : String(i.n))).join(' ');
  it('links the first, the last and the pages around the current one', () => {
    expect(shown(pagerItems(1, 201, '/cases/'))).toBe('[1] 2 3 … 201');
    expect(shown(pagerItems(100, 201, '/cases/'))).toBe('1 … 98 99 [100] 101 102 … 201');
    expect(shown(pagerItems(201, 201, '/cases/'))).toBe('1 … 199 200 [201]');
    // A gap of one page shows that page rather than “…”.
    expect(shown(pagerItems(5, 10, '/cases/'))).toBe('1 2 3 4 [5] 6 7 … 10');
    expect(shown(pagerItems(1, 1, '/cases/'))).toBe('[1]');
    const second = pagerItems(1, 3, '/cases/2024/')[1]!;
    expect(second.kind === 'page' && second.path).toBe('/cases/2024/page/2/');
  });
});

const listed = (id: string, over: Partial<ListedCase> = {}): ListedCase => ({
  id,
  title: `${id}案`,
  href: `/cases/${id}/`,
  year: 2024,
  domain: '劳动争议',
  mechanism: '人民调解',
  outcome: '调解成功',
  region: '浙江省',
  place: '浙江省杭州市',
  days: null,
  keyPoints: ['第一要点', '第二要点'],
  tags: ['欠薪'],
  laws: [],
  ...over,
});

describe('compact filter index', () => {
  const cases = [
    listed('2025/a', { year: 2025, days: 12, laws: ['renmin-tiaojie-fa/33'], title: '张某与某公司劳动争议调解案（欠薪）' }),
    listed('2024/b', { domain: '物业服务', mechanism: '行政调解', place: '浙江省宁波市', tags: ['漏水', '物业'] }),
    listed('2024/c', { region: '上海市', place: '上海市虹口区', laws: ['renmin-tiaojie-fa/33', 'minfadian/1067'] }),
  ];
  const { facets, shards } = encodeIndex(cases, 2);

  it('gives back every field the facets, sorting and the list need', () => {
    const rows = decodeRows(JSON.parse(JSON.stringify(facets)));
    expect(rows).toEqual(
      cases.map((c, at) => ({
        id: c.id,
        at,
        year: c.year,
        domain: c.domain,
        mechanism: c.mechanism,
        outcome: c.outcome,
        region: c.region,
        place: c.place,
        days: c.days,
        laws: c.laws,
      })),
    );
  });
  it('stores each facet value once and each case as positions into the value tables', () => {
    expect(facets.tables.domain).toEqual(['劳动争议', '物业服务']);
    expect(facets.domain).toEqual([0, 1, 0]);
    expect(facets.tables.laws).toEqual(['renmin-tiaojie-fa/33', 'minfadian/1067']);
    expect(facets.laws).toEqual([[0], [], [0, 1]]);
  });
  it('splits the text into shards in list order, from which the title and first key point are shown', () => {
    expect(facets.shards).toBe(2);
    expect(shards.map((s) => s.text.length)).toEqual([2, 1]);
    expect(shardOf(2, 2)).toEqual({ shard: 1, offset: 0 });
    expect(displayOf(shards[0]!.text[0]!)).toEqual({ title: '张某与某公司劳动争议调解案（欠薪）', lead: '第一要点' });
    expect(fieldsOf(shards[0]!.text[1]!)).toEqual({ title: '2024/b案', keyPoints: ['第一要点', '第二要点'], tags: ['漏水', '物业'] });
  });
  it('sorts decoded rows as sorting by id would', () => {
    // In list order: newest year first, by id within a year (as getCases orders them).
    const inList = [
      listed('2025/b', { year: 2025, days: 5 }),
      listed('2025/d', { year: 2025, days: null }),
      listed('2024/a', { days: 5 }),
      listed('2024/c', { days: 30 }),
      listed('2019/z', { year: 2019, days: 5 }),
    ];
    const rows = decodeRows(encodeIndex(inList).facets);
    for (const sort of SORTS) {
      expect(
        sortCases(rows, sort, byIdInList).map((r) => r.id),
        sort,
      ).toEqual(sortCases(rows, sort).map((r) => r.id));
    }
    expect(sortCases(rows, 'days-asc', byIdInList).map((r) => r.id)).toEqual(['2019/z', '2024/a', '2025/b', '2024/c', '2025/d']);
  });
  it('writes the line under the title as the list always has', () => {
    expect(
      caseMetaLine({ year: 2025, place: '浙江省杭州市', mechanism: '人民调解', domain: '劳动争议', outcome: '调解成功', days: 12 }),
    ).toBe('2025 · 浙江省杭州市 · 人民调解 · 劳动争议 · 调解成功 · 用时 12 天');
    expect(caseMetaLine({ year: 2024, place: '上海市', mechanism: '行政调解', domain: '物业服务', outcome: '部分达成', days: null })).toBe(
      '2024 · 上海市 · 行政调解 · 物业服务 · 部分达成',
    );
  });
});

describe('keyword filter', () => {
  const texts = [
    storedText('某超市销售过期食品行政处罚复议调解案', ['以新裁量准则为参照，促成和解'], ['行政复议']),
    storedText('王某与某物业公司物业服务合同纠纷调解案', ['楼上漏水，物业公司协调维修'], ['物业', '漏水']),
    storedText('李某某工伤待遇纠纷调解案', ['依裁量准绳确定赔偿数额'], ['工伤']),
    storedText('ＡＢＣ公司欠薪案', ['农民工讨要拖欠工资'], ['欠薪']),
  ].map(normaliseText);

  it('compares full-width letters and case as a reader types them', () => {
    expect(normaliseText('ＡＢＣ　漏水')).toBe('abc漏水');
    expect(exactMatches(texts, normaliseText('abc'))).toEqual([3]);
  });
  it('lists exact matches first, in list order, then near misses', () => {
    expect(keywordMatches(texts, '裁量准则')).toEqual([0, 2]);
    expect(keywordMatches(texts, '漏水')).toEqual([1]);
  });
  it('finds nothing for words no case is near', () => {
    expect(keywordMatches(texts, '没有这种案件')).toEqual([]);
  });
  it('splits words into one more piece than the edits Fuse allows (0.34 × length)', () => {
    expect(fuzzyPieces('欠薪')).toEqual(['欠薪']);
    expect(fuzzyPieces('工伤认定')).toEqual(['工伤', '认定']);
    expect(fuzzyPieces('没有这种案件')).toEqual(['没有', '这种', '案件']);
  });
  it('tells whether some part of a text is within the allowed edits', () => {
    expect(withinEdits('某公司拖欠工资', '拖欠公资', 1)).toBe(true);
    expect(withinEdits('某公司拖欠工资', '某司拖欠', 1)).toBe(true); // one character left out
    expect(withinEdits('某公司拖欠工资', '拖欠公司', 1)).toBe(false); // two replaced
    expect(withinEdits('拖欠工资', '工伤认定', 1)).toBe(false);
  });
  it('finds the same near misses as Fuse over every case', () => {
    const all = new Fuse(
      texts.map((t, i) => ({ i, ...fieldsOf(t) })),
      CASE_SEARCH,
    );
    for (const q of ['裁量准则', '裁量标准', '拖欠公资', '物业服物', '工伤人定', '漏雨', '超市销售过期', '没有这种案件']) {
      const exact = exactMatches(texts, q);
      const fuzzy = all
        .search(q)
        .map((r) => r.item.i)
        .filter((i) => !exact.includes(i));
      expect(keywordMatches(texts, q), q).toEqual([...exact, ...fuzzy]);
    }
  });
});
