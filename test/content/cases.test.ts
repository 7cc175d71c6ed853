import { formatIssues } from '../../src/schemas/errors.ts';
import { readFileSync } from 'node:fs';
import { checkCaseFile } from '../../src/lib/privacy/scan.ts';
import { describe, expect, it } from 'vitest';
import { NOT_SUCCESS_OUTCOMES, caseSchema, lawId } from '../../src/schemas/case.ts';
import { MECHANISMS } from '../../src/schemas/common.ts';
import { findUnknownCitations } from '../../src/lib/provisions/citations.ts';
import { extractCiteIds } from '../../src/lib/provisions/cite-usage.ts';
import { provisionTextIndex, readCases } from '../support/data.ts';

const known = new Set(provisionTextIndex().keys());
const cases = readCases().map((c) => ({ ...c, parsed: caseSchema.safeParse(c.data) }));

describe('the case library', () => {
  it('has at least 30 writeups across 5 years, 12 domains and every mechanism', () => {
    const ok = cases.filter((c) => c.parsed.success).map((c) => c.parsed.data!);
    expect(ok.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ok.map((c) => c.year)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(ok.map((c) => c.domain)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(ok.map((c) => c.mechanism))).toEqual(new Set(MECHANISMS));
  });

  // Issue 12 asks for at least four: 新巴尔虎右旗, 山城, 芜湖 and 华容 (a 靖江 report known only from a
  // mirror page with no publisher was left out). Counted from the files, so a dropped case fails here.
  it('has 医疗纠纷 cases and sourced cases that did not simply succeed (issue 12 §2)', () => {
    const ok = cases.filter((c) => c.parsed.success).map((c) => c.parsed.data!);
    expect(ok.filter((c) => c.domain === '医疗纠纷').length).toBeGreaterThanOrEqual(1);
    expect(ok.filter((c) => NOT_SUCCESS_OUTCOMES.includes(c.outcome)).length).toBeGreaterThanOrEqual(4);
  });

  it('describes 蔬菜店 and 危货运输 as self-correction and withdrawal, not mediation', () => {
    for (const slug of ['2024/shucaidian-nongcan-chufa-fuyi-chehui', '2025/weihuo-yunshu-chufa-fuyi-chehui']) {
      const c = cases.find((x) => x.file.endsWith(`${slug}.mdx`))!;
      expect([c.data['mechanism'], c.data['outcome'], c.data['methods']]).toEqual(['复议中自行纠错', '撤回申请', ['自行纠错']]);
    }
  });

  for (const c of cases) {
    describe(c.file, () => {
      it('validates against the schema', () => {
        expect(c.parsed.success ? [] : formatIssues(c.parsed.error.issues, c.file)).toEqual([]);
      });
      it('sits in the folder of its year', () => {
        expect(c.file.split('/')[3]).toBe(String(c.data['year']));
      });
      it('cites only existing provisions, statutes (laws) included', () => {
        const laws = c.parsed.success ? c.parsed.data.laws.map(lawId) : [];
        const ids = [...((c.data['cites'] as string[]) ?? []), ...laws, ...extractCiteIds(c.body)];
        expect(
          findUnknownCitations(
            ids.map((id) => ({ file: c.file, id })),
            known,
          ),
        ).toEqual([]);
      });
      it('has the four sections, in order', () => {
        const headings = [...c.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
        expect(headings).toEqual(['基本案情', '调解过程', '调解结果', '典型意义']);
      });
      it('passes the privacy check', () => {
        expect(checkCaseFile(c.file, readFileSync(c.file, 'utf8'))).toEqual([]);
      });
      it('leaves the report-derived fields empty while the report is unread, and gives the address once read', () => {
        if (!c.parsed.success) return;
        const d = c.parsed.data;
        if (d.sourceChecked) {
          expect(d.source.url, 'source.url').toMatch(/^https?:\/\//);
        } else {
          expect([d.disputeFocus, d.holding, d.stage, d.amount.claimed, d.amount.settled, d.source.url]).toEqual([
            null,
            null,
            null,
            null,
            null,
            null,
          ]);
        }
      });
      it('names its public source', () => {
        const source = c.data['source'] as Record<string, string>;
        expect(source['publisher']).toBeTruthy();
        expect(source['date']).toMatch(/^\d{4}-\d{2}/);
      });
    });
  }
});
