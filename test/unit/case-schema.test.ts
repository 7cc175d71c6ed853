import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case.ts';
import { basicAnswers } from '../support/case-draft.ts';

/** A complete case frontmatter, as an editor writes it. */
const base = {
  ...basicAnswers,
  days: null,
  methods: ['面对面'],
  keyPoints: ['调解员先查明漏水原因，再促成双方分担维修费用。'],
  cites: ['fangdiao-lhasa-2019/6.3'],
  source: { publisher: '某市司法局', title: '某市十大调解案例', date: '2024-05-20', where: '某市司法局网站' },
};
const errors = (data: unknown) => {
  const r = caseSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}：${i.message}`);
};

describe('case schema (issue 12 §2)', () => {
  it('accepts a case without the report-derived fields and leaves them empty', () => {
    const r = caseSchema.parse(base);
    expect([r.disputeFocus, r.holding, r.stage, r.amount, r.laws, r.otherLaws, r.source.url, r.sourceChecked]).toEqual([
      null,
      null,
      null,
      { claimed: null, settled: null },
      [],
      [],
      null,
      true,
    ]);
  });
  it('refuses dates that do not exist', () => {
    expect(errors({ ...base, source: { ...base.source, date: '2024-02-30' } })).toHaveLength(1);
    expect(errors({ ...base, source: { ...base.source, date: '2024-13' } })).toHaveLength(1);
    expect(errors({ ...base, source: { ...base.source, date: '2024-02-29' } })).toEqual([]);
    expect(errors({ ...base, source: { ...base.source, date: '2023-02-29' } })).toHaveLength(1);
  });
  it('splits the amount into claimed and settled, and nothing else', () => {
    expect(caseSchema.parse({ ...base, amount: { claimed: 450000, settled: 150000 } }).amount).toEqual({
      claimed: 450000,
      settled: 150000,
    });
    expect(errors({ ...base, amount: 5000 })).toEqual(['amount：写作 { claimed: 诉求金额, settled: 调解金额 }（元），报道未载明的写 null']);
    expect(errors({ ...base, amount: { claimed: 1, paid: 2 } })).toHaveLength(1);
  });
  it("takes statute ids, plain or with the editor's note, and only the listed stages", () => {
    const r = caseSchema.parse({
      ...base,
      stage: '诉前',
      laws: ['minfadian/1067', { id: 'renmin-tiaojie-fa/33', note: '报道载明经司法确认' }],
    });
    expect(r.laws).toEqual(['minfadian/1067', { id: 'renmin-tiaojie-fa/33', note: '报道载明经司法确认' }]);
    expect(errors({ ...base, stage: '二审' })[0]).toContain('stage');
    expect(errors({ ...base, laws: ['民法典第1067条'] })[0]).toContain('laws.0');
  });
  it('has outcomes for an agreement later repudiated and for a report that does not say', () => {
    expect(errors({ ...base, outcome: '达成后反悔' })).toEqual([]);
    expect(errors({ ...base, outcome: '未载明' })).toEqual([]);
  });
});
