import { describe, expect, it } from 'vitest';
import { procedureSchema, UNIT_LABELS, type Procedure } from '../../src/schemas/procedure.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { obligationSchema } from '../../src/schemas/obligation.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { formatIssues } from '../../src/schemas/errors.ts';
import { findUnknownCitations } from '../../src/lib/provisions/citations.ts';
import { provisionTextIndex, readYamlDir, readYamlList } from '../support/data.ts';

const texts = provisionTextIndex();
const known = new Set(texts.keys());
// Every problem as the editor reads it: “field：expected”, the field named once.
const issues = (r: { error?: { issues: Parameters<typeof formatIssues>[0] } | undefined }) => (r.error ? formatIssues(r.error.issues) : []);

const procedures = readYamlDir('src/content/procedures');
const checklists = readYamlDir('src/content/checklists');
const obligations = readYamlList('src/content/obligations.yaml');
const glossary = readYamlList('src/content/glossary.yaml');

const UNIT_WORDS = { day: ['日', '天'], workday: ['个工作日', '工作日'], month: ['个月', '月'], year: ['年'] } as const;

/** Every way the documents write a period: 3日, 3个工作日, 三个工作日, 一个月 … */
function periodForms(count: number, unit: keyof typeof UNIT_WORDS): string[] {
  return numberForms(count).flatMap((n) => UNIT_WORDS[unit].map((w) => `${n}${w}`));
}

function numberForms(count: number): string[] {
  const cn = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const forms = [String(count)];
  if (count <= 10) forms.push(cn[count]!);
  else if (count < 20) forms.push(`十${cn[count - 10]}`);
  else if (count % 10 === 0 && count < 100) forms.push(`${cn[count / 10]}十`);
  return forms;
}

describe('procedures', () => {
  it('cover the four mechanisms the documents describe', () => {
    expect(procedures.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['fangdiao', 'fuyi-tiaojie', 'shujie', 'xingzheng-tiaojie']));
  });
  for (const { file, data } of procedures) {
    const parsed = procedureSchema.safeParse(data);
    it(`${file} is valid`, () => expect(issues(parsed)).toEqual([]));
    if (!parsed.success) continue;
    const p: Procedure = parsed.data;
    it(`${file} cites only existing provisions`, () => {
      const cites = [...p.cites, ...p.steps.flatMap((s) => [...s.cites, ...s.deadlines.flatMap((d) => d.cites)])];
      expect(
        findUnknownCitations(
          cites.map((id) => ({ file, id })),
          known,
        ),
      ).toEqual([]);
    });
    it(`${file}: every deadline number appears in the provision it cites`, () => {
      const drift = p.steps.flatMap((s) =>
        s.deadlines
          .filter((d) => !d.cites.some((id) => periodForms(d.count, d.unit).some((n) => (texts.get(id) ?? '').includes(n))))
          .map((d) => `${d.id}: ${d.count}${UNIT_LABELS[d.unit]} 不见于 ${d.cites.join('、')}`),
      );
      expect(drift).toEqual([]);
    });
  }
});

describe('checklists, calendar and glossary', () => {
  it('checklists are valid and cite existing provisions', () => {
    for (const { file, data } of checklists) {
      const parsed = checklistSchema.safeParse(data);
      expect(issues(parsed), file).toEqual([]);
      const cites = parsed.data!.items.flatMap((i) => i.cites.map((id) => ({ file: `${file}#${i.id}`, id })));
      expect(findUnknownCitations(cites, known)).toEqual([]);
    }
    expect(checklists.map((c) => (c.data as { kind: string }).kind)).toEqual(
      expect.arrayContaining(['scope', 'suitable', 'unsuitable', 'principles', 'prohibitions', 'domains']),
    );
  });
  it('the suitable and unsuitable lists match the document (three and four items)', () => {
    const count = (id: string) => (checklists.find((c) => c.id === id)!.data as { items: unknown[] }).items.length;
    expect(count('fangdiao-shiyi')).toBe(3);
    expect(count('fangdiao-bushiyi')).toBe(4);
    expect(count('xingzheng-tiaojie-yuanze')).toBe(5);
  });
  it('obligations are valid, unique, and cite existing provisions', () => {
    const ids = obligations.map((o) => {
      const parsed = obligationSchema.safeParse(o);
      expect(issues(parsed)).toEqual([]);
      expect(
        findUnknownCitations(
          parsed.data!.cites.map((id) => ({ file: parsed.data!.id, id })),
          known,
        ),
      ).toEqual([]);
      return parsed.data!.id;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('glossary terms are valid and their related terms exist', () => {
    const terms = glossary.map((g) => glossarySchema.parse(g));
    const ids = new Set(terms.map((t) => t.id));
    expect(ids.size).toBe(terms.length);
    for (const t of terms) {
      expect(
        findUnknownCitations(
          t.usedIn.map((id) => ({ file: t.id, id })),
          known,
        ),
      ).toEqual([]);
      expect(
        t.related.filter((r) => !ids.has(r)),
        t.id,
      ).toEqual([]);
    }
  });
});

describe('schemas reject bad data with a message an editor understands', () => {
  const good = procedures.find((p) => p.id === 'fangdiao')!.data as Procedure;
  const withDeadline = (patch: Record<string, unknown>) => ({
    ...good,
    steps: good.steps.map((s, i) => (i === 1 ? { ...s, deadlines: [{ ...s.deadlines[0], ...patch }] } : s)),
  });
  it('an unknown unit', () => {
    expect(issues(procedureSchema.safeParse(withDeadline({ unit: 'week' }))).join('\n')).toMatch(
      /^steps\.1\.deadlines\.0\.unit：只能是 day \/ workday \/ month \/ year/m,
    );
  });
  it('a negative count', () => {
    expect(issues(procedureSchema.safeParse(withDeadline({ count: -3 }))).join('\n')).toMatch(/^steps\.1\.deadlines\.0\.count：应大于 0$/m);
  });
  it('a malformed citation, and an unknown one', () => {
    expect(issues(procedureSchema.safeParse(withDeadline({ cites: ['第六条'] }))).join('\n')).toMatch(
      /cites\.0：引用格式应为 文件编号\/条款编号/,
    );
    const errors = findUnknownCitations(
      [{ file: 'src/content/procedures/fangdiao.yaml（步骤 duijie-yijiao）', id: 'fangdiao-lhasa-2019/6.9' }],
      known,
    );
    expect(errors[0]).toMatch(
      /fangdiao\.yaml（步骤 duijie-yijiao）: 引用了不存在的条款 “fangdiao-lhasa-2019\/6\.9”。最接近的有效条款：fangdiao-lhasa-2019\/6/,
    );
  });
  it('an extension that says neither how much nor the cap', () => {
    expect(issues(procedureSchema.safeParse(withDeadline({ extension: { condition: '确有必要' } }))).join('\n')).toMatch(
      /deadlines\.0\.extension：应写 additional/,
    );
  });
  it('an `after` pointing to a later or missing deadline', () => {
    expect(issues(procedureSchema.safeParse(withDeadline({ after: 'no-such' }))).join('\n')).toMatch(
      /deadlines\.0\.after：指向的期限 “no-such” 不存在/,
    );
  });
});
