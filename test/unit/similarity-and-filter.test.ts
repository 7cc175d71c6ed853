import { describe, expect, it } from 'vitest';
import { bigrams, jaccard, relatedItems, similarity, type SimilarityInput } from '../../src/lib/cases/similarity.ts';
import {
  facetCounts,
  lawArticle,
  matchesFacets,
  matchesLaw,
  provinceOf,
  readCaseQuery,
  sortCases,
  writeCaseQuery,
  type CaseSummary,
} from '../../src/lib/cases/filter.ts';
import { countBy } from '../../src/lib/text/count-by.ts';

const item = (id: string, domain: string, mechanism: string, methods: string[], text: string): SimilarityInput => ({
  id,
  domain,
  mechanism,
  methods,
  text,
});

describe('related cases', () => {
  const target = item('a', '劳动争议', '访调对接', ['背靠背', '释法明理'], '农民工讨要拖欠工资 信访 调解 欠薪');
  const all = [
    target,
    item('same-all', '劳动争议', '访调对接', ['背靠背'], '农民工拖欠工资纠纷 欠薪 调解'),
    item('same-domain', '劳动争议', '人民调解', ['面对面'], '工资 结算 纠纷'),
    item('same-words', '建设工程', '司法确认', ['释法明理'], '拖欠农民工工资 工程款'),
    item('unrelated', '婚姻家庭', '人民调解', ['情理疏导'], '赡养老人 子女 分担'),
  ];
  it('ranks domain + mechanism + wording above any one of them', () => {
    const ids = relatedItems(target, all).map((r) => r.id);
    expect(ids[0]).toBe('same-all');
    expect(ids.slice(1, 3).sort()).toEqual(['same-domain', 'same-words']);
    if (ids.includes('unrelated')) expect(ids.at(-1)).toBe('unrelated');
  });
  it('never lists the case itself and returns at least three when there are three others', () => {
    const r = relatedItems(target, all);
    expect(r.map((x) => x.id)).not.toContain('a');
    expect(r.length).toBeGreaterThanOrEqual(3);
    expect(r.length).toBeLessThanOrEqual(5);
  });
  it('is symmetric, and wording counts through character bigrams', () => {
    expect(similarity(all[1]!, all[3]!)).toBeCloseTo(similarity(all[3]!, all[1]!));
    expect(bigrams('拖欠工资')).toEqual(new Set(['拖欠', '欠工', '工资']));
    expect(jaccard(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(1 / 3);
  });
});

describe('case list filters', () => {
  const c = (
    id: string,
    year: number,
    domain: string,
    mechanism: string,
    days: number | null,
    region = '浙江省',
    laws: string[] = [],
  ): CaseSummary => ({
    id,
    title: id,
    href: `/cases/${id}/`,
    year,
    domain,
    mechanism,
    outcome: '达成协议',
    region,
    days,
    keyPoints: [],
    tags: [],
    laws,
  });
  const cases = [
    c('a', 2024, '劳动争议', '人民调解', 10),
    c('b', 2024, '物业服务', '人民调解', null),
    c('c', 2023, '劳动争议', '访调对接', 3, '上海市'),
  ];

  it('round-trips the state through the URL', () => {
    const q = readCaseQuery(new URLSearchParams('domain=劳动争议&year=2024&year=2023&q=欠薪&sort=days-asc&evil=1'));
    expect(q.facets.year).toEqual(['2024', '2023']);
    expect(readCaseQuery(writeCaseQuery(q))).toEqual({ ...q, facets: { ...q.facets, year: ['2023', '2024'] } });
    expect(readCaseQuery(new URLSearchParams('sort=nope')).sort).toBe('year-desc');
  });
  it('filters by one statute article, which a 款 or 项 of it also matches, and keeps it in the URL', () => {
    const cited = [
      c('x', 2024, '劳动争议', '人民调解', 1, '浙江省', ['renmin-tiaojie-fa/33']),
      c('y', 2024, '劳动争议', '人民调解', 1, '浙江省', ['minfadian/1067']),
    ];
    const q = readCaseQuery(new URLSearchParams('law=renmin-tiaojie-fa/33'));
    expect(cited.filter((x) => matchesLaw(x, q.law)).map((x) => x.id)).toEqual(['x']);
    expect(writeCaseQuery(q).get('law')).toBe('renmin-tiaojie-fa/33');
    expect(cited.filter((x) => matchesLaw(x, readCaseQuery(new URLSearchParams('')).law))).toHaveLength(2);
    expect(lawArticle('renmin-tiaojie-fa/33.2.1')).toBe('renmin-tiaojie-fa/33');
    expect(lawArticle('xingzheng-fuyi-fa')).toBe('xingzheng-fuyi-fa');
  });
  it('combines facets: OR inside one facet, AND across facets', () => {
    const q = readCaseQuery(new URLSearchParams('domain=劳动争议&year=2024&year=2023&mechanism=访调对接'));
    expect(cases.filter((x) => matchesFacets(x, q.facets)).map((x) => x.id)).toEqual(['c']);
  });
  it('counts each facet with the other facets applied', () => {
    const counts = facetCounts(cases, readCaseQuery(new URLSearchParams('domain=劳动争议')));
    expect(counts.domain.get('物业服务')).toBe(1); // its own facet is not applied to itself
    expect(counts.year.get('2024')).toBe(1);
    expect(counts.mechanism.get('访调对接')).toBe(1);
  });
  it('sorts by days with unknown durations last', () => {
    expect(sortCases(cases, 'days-asc').map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(sortCases(cases, 'days-desc').map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
  it('reads the province from a region', () => {
    expect(provinceOf('浙江省杭州市')).toBe('浙江省');
    expect(provinceOf('上海市虹口区')).toBe('上海市');
    expect(provinceOf('新疆维吾尔自治区五家渠市')).toBe('新疆维吾尔自治区');
  });
  it('counts for charts, most frequent first', () => {
    expect(countBy(cases, (x) => x.domain)).toEqual([
      { label: '劳动争议', value: 2 },
      { label: '物业服务', value: 1 },
    ]);
  });
});
