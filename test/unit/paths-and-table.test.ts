import { describe, expect, it } from 'vitest';
import { isInternalHref, withBase } from '../../src/lib/text/paths.ts';
import { applyRegulationQuery, readRegulationQuery } from '../../src/lib/provisions/regulation-table.ts';

describe('withBase', () => {
  it.each([
    ['/', '/regulations/', '/regulations/'],
    ['/tiaojie/', '/regulations/', '/tiaojie/regulations/'],
    ['/tiaojie', 'regulations/', '/tiaojie/regulations/'],
  ])('%s + %s = %s', (base, path, out) => expect(withBase(base, path)).toBe(out));
  it('tells internal links from external ones', () => {
    expect(isInternalHref('/tiaojie/cases/')).toBe(true);
    expect(isInternalHref('https://example.org/')).toBe(false);
    expect(isInternalHref('//cdn.example/x.js')).toBe(false);
    expect(isInternalHref('#p6.3')).toBe(false);
  });
});

describe('regulation index query', () => {
  const rows = [
    {
      short: '完善“访调对接”机制实施意见',
      region: '西藏自治区拉萨市',
      level: '市',
      kind: '意见',
      date: '2019-06-13',
      issuer: '拉萨市司法局',
    },
    { short: '行政争议纾解工作实施方案', region: '某县', level: '县', kind: '方案', date: '2023-01-01', issuer: '未署名' },
    {
      short: '泉港模式深化提升专项行动实施方案',
      region: '福建省泉州市泉港区',
      level: '区',
      kind: '方案',
      date: '2020-05-26',
      issuer: '泉港区司法局',
    },
  ];
  it('filters by kind and sorts newest first', () => {
    const q = readRegulationQuery(new URLSearchParams('kind=方案&sort=-date'));
    expect(applyRegulationQuery(rows, q).map((r) => r.date)).toEqual(['2023-01-01', '2020-05-26']);
  });
  it('matches a keyword in the issuer or region', () => {
    expect(applyRegulationQuery(rows, readRegulationQuery(new URLSearchParams('q=拉萨'))).map((r) => r.short)).toEqual([
      '完善“访调对接”机制实施意见',
    ]);
  });
  it('falls back to date order for an unknown sort', () => {
    expect(readRegulationQuery(new URLSearchParams('sort=evil')).sort).toBe('date');
  });
});
