/**
 * The search page's filter chips come from the collections, not from Pagefind's filter index:
 * they must offer every 类型 a page declares, and each case's domain, year and mechanism.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_TYPES, searchFilterValues } from '../../src/lib/search/filters.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('search filter chips', () => {
  it('offer every 类型 a page or a provision record declares', () => {
    const declared = new Set<string>();
    for (const f of [...files('src/pages'), ...files('src/layouts'), ...files('src/components'), 'src/lib/search/records.ts']) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/类型:([^"'`}\s)）]+)/g)) declared.add(m[1]!);
      for (const m of text.matchAll(/类型: \['([^']+)'\]/g)) declared.add(m[1]!);
    }
    // The ternary in regulations/[slug].astro declares two.
    expect(declared).toEqual(new Set(['案例', '清单', '法律法规', '法规文件', '法规条款', '术语', '工具', '程序', '工作日历', '学习']));
    expect(new Set(SEARCH_TYPES)).toEqual(declared);
  });

  it('list each domain, year and mechanism once; years newest first', () => {
    const v = searchFilterValues({
      cases: [
        { year: 2019, domain: '物业服务', mechanism: '人民调解' },
        { year: 2024, domain: '劳动争议', mechanism: '访调对接' },
        { year: 2019, domain: '劳动争议', mechanism: '人民调解' },
      ],
      procedures: [{ mechanism: '行政争议纾解' }],
    });
    expect(v.year).toEqual(['2024', '2019']);
    expect(v.domain).toEqual(['劳动争议', '物业服务'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(new Set(v.mechanism)).toEqual(new Set(['人民调解', '访调对接', '行政争议纾解']));
    expect(v.mechanism).toHaveLength(3);
    expect(v.type).toContain('案例');
  });

  it('offer no 案例 chip when there are no cases', () => {
    expect(searchFilterValues({ cases: [], procedures: [] }).type).not.toContain('案例');
  });
});
