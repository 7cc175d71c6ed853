import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { provisionTextIndex } from '../support/data.ts';
import { provisionQuotes } from '../support/study-input.ts';
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { obligationSchema } from '../../src/schemas/obligation.ts';
import { UNIT_LABELS, procedureSchema } from '../../src/schemas/procedure.ts';
import {
  TOPICS,
  countByTopic,
  generateQuestionBank,
  generateQuestionBankReport,
  normalizeChoice,
  pickQuestions,
  quote,
  scoreAnswers,
  timesClash,
  whenChoice,
  type StudyChecklist,
  type StudyInput,
  type StudyProcedure,
  type StudyQuestion,
} from '../../src/lib/study/questions.ts';

// ---------------------------------------------------------------------------------------------
// The real data, validated with the collection schemas.

function readYamlDir(dir: string): { id: string; raw: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), raw: parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown }));
}

const procedures: StudyProcedure[] = readYamlDir('src/content/procedures').map(({ id, raw }) => ({ id, data: procedureSchema.parse(raw) }));
const checklists: StudyChecklist[] = readYamlDir('src/content/checklists').map(({ id, raw }) => ({ id, data: checklistSchema.parse(raw) }));
const glossary = (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as unknown[]).map((x) => glossarySchema.parse(x));
const obligations = (parse(readFileSync('src/content/obligations.yaml', 'utf8')) as unknown[]).map((x) => obligationSchema.parse(x));
const provisions = provisionQuotes();
const input: StudyInput = { procedures, checklists, glossary, obligations, provisions };

// Documents and provision ids, read the way the content tests read them.
const knownProvisions = new Set(provisionTextIndex().keys());

const report = generateQuestionBankReport(input);
const skippedIds = new Set(report.skipped.map((x) => x.id));
/** A question that is neither in the bank nor skipped with a reason was lost. */
const accounted = (id: string) => bank.some((q) => q.id === id) || skippedIds.has(id);
const bank = report.questions;

/** "deadline-unit:fangdiao/x" → "deadline-unit". */
const kindOf = (q: StudyQuestion) => q.id.slice(0, q.id.indexOf(':'));
const byKind = new Map<string, number>();
for (const q of bank) byKind.set(kindOf(q), (byKind.get(kindOf(q)) ?? 0) + 1);
const perTopic = countByTopic(bank);
const summary = `${bank.length} questions — ${TOPICS.map((t) => `${t} ${perTopic[t]}`).join(', ')}`;
console.log(`[study-questions] ${summary}`);
console.log(`[study-questions] by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(
  `[study-questions] single ${bank.filter((q) => q.kind === 'single').length}, order ${bank.filter((q) => q.kind === 'order').length}`,
);
console.log(`[study-questions] skipped ${report.skipped.length}:\n${report.skipped.map((s) => `  ${s.id}: ${s.reason}`).join('\n')}`);

// ---------------------------------------------------------------------------------------------
// Looking the source data up again, independently of the generator.

function parseSource(source: string): { collection: string; file: string | undefined; item: string | undefined } {
  const m = /^([a-z]+)(?:\/([a-z0-9-]+))?(?:#([a-z0-9-]+))?$/.exec(source);
  if (!m) throw new Error(`bad source ${source}`);
  return { collection: m[1]!, file: m[2], item: m[3] };
}

function procedureOf(q: StudyQuestion): StudyProcedure {
  const { collection, file } = parseSource(q.source);
  expect(collection).toBe('procedures');
  const p = procedures.find((x) => x.id === file);
  if (!p) throw new Error(`${q.id}: no procedure ${String(file)}`);
  return p;
}

function deadlineOf(q: StudyQuestion) {
  const p = procedureOf(q);
  const id = parseSource(q.source).item;
  for (const step of p.data.steps) for (const d of step.deadlines) if (d.id === id) return { p, step, d };
  throw new Error(`${q.id}: no deadline ${String(id)}`);
}

function stepOf(q: StudyQuestion) {
  const p = procedureOf(q);
  const step = p.data.steps.find((s) => s.id === parseSource(q.source).item);
  if (!step) throw new Error(`${q.id}: no step in ${q.source}`);
  return { p, step };
}

function checklistItemOf(q: StudyQuestion) {
  const { collection, file, item } = parseSource(q.source);
  expect(collection).toBe('checklists');
  const list = checklists.find((c) => c.id === file);
  const it = list?.data.items.find((i) => i.id === item);
  if (!list || !it) throw new Error(`${q.id}: no checklist item ${q.source}`);
  return { list, item: it };
}

const rightChoice = (q: StudyQuestion): string => {
  expect(typeof q.answer).toBe('number');
  return q.choices[q.answer as number]!;
};
const wrongChoices = (q: StudyQuestion): string[] => q.choices.filter((_, i) => i !== q.answer);
const unclip = (s: string) => s.replace(/…$/, '');
/** Prompts and explanations quote data text and turn its own quotes into single quotes. */
const plain = (s: string) => s.replace(/[“”‘’]/g, '');
const mentions = (text: string, part: string) => plain(text).includes(plain(part));
const period = (count: number, unit: keyof typeof UNIT_LABELS) => `${count}${UNIT_LABELS[unit]}`;

// ---------------------------------------------------------------------------------------------

describe(`study question bank (${summary})`, () => {
  // Review 3 left no fair scope, order or form question (each is skipped with its reason); the others remain.
  it('covers the topics the generator can ask fairly', () => {
    for (const t of ['procedure', 'deadline', 'principle', 'glossary', 'calendar'] as const) expect(perTopic[t], t).toBeGreaterThan(0);
  });

  it('gives every question a unique, stable id', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    for (const q of bank) expect(q.id).toMatch(/^[a-z-]+:[a-z0-9/-]+$/);
  });

  it('is reproducible and independent of input order', () => {
    const again = generateQuestionBank({
      provisions,
      procedures: procedures.slice().reverse(),
      checklists: checklists.slice().reverse(),
      glossary: glossary.slice().reverse(),
      obligations: obligations.slice().reverse(),
    });
    const key = (qs: StudyQuestion[]) => qs.map((q) => JSON.stringify(q)).sort();
    expect(key(again)).toEqual(key(bank));
  });

  it('has at least 3 choices, no duplicates, and one right answer or a permutation', () => {
    for (const q of bank) {
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      // A principle question offers every principle of its list (five: sixth review, Q17); other single-choice questions four.
      expect(q.choices.length, q.id).toBeLessThanOrEqual(q.kind === 'order' ? 20 : q.topic === 'principle' ? 5 : 4);
      expect(new Set(q.choices.map(normalizeChoice)).size, `${q.id} duplicate choices`).toBe(q.choices.length);
      for (const c of q.choices) expect(normalizeChoice(c).length, q.id).toBeGreaterThan(0);
      if (q.kind === 'single') {
        expect(Number.isInteger(q.answer), q.id).toBe(true);
        expect(q.answer as number).toBeGreaterThanOrEqual(0);
        expect(q.answer as number).toBeLessThan(q.choices.length);
      } else {
        const a = q.answer as number[];
        expect(
          [...a].sort((x, y) => x - y),
          q.id,
        ).toEqual(q.choices.map((_, i) => i));
        expect(a, `${q.id}: shuffled order must not already be the answer`).not.toEqual(q.choices.map((_, i) => i));
      }
      expect(q.prompt.length).toBeGreaterThan(4);
      expect(mentions(q.explanation, q.kind === 'single' ? unclip(rightChoice(q)) : '正确顺序'), q.id).toBe(true);
    }
  });

  it('explains every single-choice answer by quoting a provision it cites', () => {
    for (const q of bank.filter((x) => x.kind === 'single')) {
      // 原文 where the provision supports the answer; 文件中的用法 where a document only uses a glossary term.
      const m = /(?:原文|文件中的用法)（(.+?)）：“(.+?)”。/.exec(q.explanation);
      expect(m, `${q.id}: ${q.explanation}`).not.toBeNull();
      const quoted = plain(m![2]!).replace(/…$/, '');
      const texts = q.cites.map((c) => plain(provisions.get(c)?.text ?? ''));
      expect(
        texts.some((t) => t.includes(quoted)),
        `${q.id}: “${quoted}” is not in ${q.cites.join(', ')}`,
      ).toBe(true);
      expect(q.cites.map((c) => provisions.get(c)?.cite)).toContain(m![1]);
    }
    // The two explanations the editor found wrong: 司法确认 (可以, not 应) and 积案化解 (not 每年).
    const ex = (id: string) => bank.find((q) => q.id === id)?.explanation ?? '';
    expect(ex('glossary:sifa-queren')).toContain('可以自调解协议生效之日起三十日内共同向人民法院申请司法确认');
    expect(ex('glossary:sifa-queren')).not.toMatch(/应自协议生效之日起/);
    expect(ex('glossary:ji-an-huajie')).not.toContain('每年');
  });

  it('cites only provisions that exist', () => {
    for (const q of bank) {
      expect(q.cites.length, q.id).toBeGreaterThan(0);
      for (const c of q.cites) expect(knownProvisions.has(c), `${q.id} cites ${c}`).toBe(true);
    }
  });

  it('deadline questions: the right choice is the count + unit of the deadline in `source`', () => {
    const qs = bank.filter((q) => kindOf(q) === 'deadline');
    for (const p of procedures)
      for (const s of p.data.steps) for (const d of s.deadlines) expect(accounted(`deadline:${p.id}/${d.id}`)).toBe(true);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const { d } = deadlineOf(q);
      expect(q.topic).toBe('deadline');
      expect(q.id).toBe(`deadline:${parseSource(q.source).file}/${d.id}`);
      expect(rightChoice(q), q.id).toBe(period(d.count, d.unit));
      // The stem names the deadline as the self-test does (quizLabel, when the label would print another question's key).
      expect(mentions(q.prompt, d.quizLabel ?? d.label), q.id).toBe(true);
      // A 日 period also cites 民法典 203(1), which its explanation quotes for the holiday roll-over.
      expect(q.cites).toEqual(d.unit === 'day' ? [...d.cites, 'minfadian/203.1'] : d.cites);
      for (const w of wrongChoices(q)) expect(w, q.id).toMatch(/^\d+(日|个工作日|个月|年)$/);
    }
  });

  it('extension questions: the right choice is maxTotal (延长至) or additional (再延长)', () => {
    const withExt = procedures.flatMap((p) => p.data.steps.flatMap((s) => s.deadlines.filter((d) => d.extension)));
    const qs = bank.filter((q) => kindOf(q) === 'deadline-extension');
    expect(qs.length + report.skipped.filter((x) => x.id.startsWith('deadline-extension:')).length).toBe(withExt.length);
    for (const q of qs) {
      const { d } = deadlineOf(q);
      const ext = d.extension!;
      if (ext.maxTotal !== undefined) {
        expect(mentions(q.prompt, '延长至'), q.id).toBe(true);
        expect(rightChoice(q)).toBe(period(ext.maxTotal, d.unit));
      } else {
        expect(mentions(q.prompt, '再延长'), q.id).toBe(true);
        expect(rightChoice(q)).toBe(period(ext.additional!, d.unit));
      }
    }
  });

  // No separate unit question since the fifth review: the deadline question offers the same figure in the other unit.
  it('day and working-day deadline questions test the unit: the same figure in the other unit is a wrong choice', () => {
    const qs = bank.filter((q) => kindOf(q) === 'deadline' || kindOf(q) === 'deadline-extension');
    expect(bank.filter((q) => kindOf(q) === 'deadline-unit')).toEqual([]);
    for (const q of qs) {
      const { d } = deadlineOf(q);
      if (d.unit !== 'day' && d.unit !== 'workday') continue;
      const n = Number(/^\d+/.exec(rightChoice(q))![0]);
      expect(wrongChoices(q), q.id).toContain(period(n, d.unit === 'day' ? 'workday' : 'day'));
    }
  });

  it('order questions: only steps that follow one another, in the procedure’s order; none over alternative outcomes', () => {
    const qs = bank.filter((q) => q.kind === 'order');
    for (const q of qs) {
      const p = procedureOf(q);
      const sequential = p.data.steps.filter((st) => st.position === 'sequential');
      expect((q.answer as number[]).map((i) => q.choices[i])).toEqual(sequential.map((st) => st.name));
      for (const st of p.data.steps.filter((x) => x.position !== 'sequential')) expect(q.choices, q.id).not.toContain(st.name);
    }
    // A person's reading of the documents: 行政调解 ends in 达成协议 → 调解书 or 未达成 → 引导复议、裁决 / 告知救济
    // (000 第三部分第（一）项), 复议调解 in 和解 or 复议决定 (001 第三条第（三）项), and 纾解 progress is reported
    // while 纾解 runs (002 第二条第（三）项): none of these may stand in one sequence.
    const steps = (id: string, pos: string) =>
      procedures
        .find((p) => p.id === id)!
        .data.steps.filter((st) => st.position === pos)
        .map((st) => st.id);
    expect(steps('xingzheng-tiaojie', 'alternative')).toEqual(['tiaojieshu', 'yindao-fuyi-caijue', 'gaozhi-jiuji']);
    expect(steps('fuyi-tiaojie', 'alternative')).toEqual(['fuyi-jueding']);
    expect(steps('shujie', 'concurrent')).toEqual(['fankui-jinzhan']);
    expect(bank.some((q) => q.id === 'procedure-order:xingzheng-tiaojie')).toBe(false);
    for (const q of qs) expect(q.choices).not.toContain('反馈进展');
  });

  // Asked the right way round since the fourth review: the step named, the choices bodies (study-bank-review-4).
  it('actor questions: the key is the step’s actor, the others bodies that do other steps or that the data lists', () => {
    const qs = bank.filter((q) => kindOf(q) === 'procedure-actor');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const { p, step } = stepOf(q);
      expect(mentions(q.prompt, step.name), q.id).toBe(true);
      // Or the data's shorter form of the same body (actorChoice, fifth review Q21).
      expect(step.actor.startsWith(rightChoice(q)) || step.actorChoice === rightChoice(q), q.id).toBe(true);
      for (const w of wrongChoices(q)) {
        const elsewhere = p.data.steps.some((s) => s !== step && s.actor.includes(w)) || p.data.bodies.some((b) => b.name === w);
        expect(elsewhere, `${q.id}: ${w} is a body of ${p.id}`).toBe(true);
        expect(step.actor, q.id).not.toContain(w);
      }
    }
  });

  it('form questions: the right form belongs to the step, the others are other real forms; never one named in the prompt', () => {
    const qs = bank.filter((q) => kindOf(q) === 'procedure-form');
    const allForms = new Set(procedures.flatMap((p) => p.data.steps.flatMap((st) => st.forms)));
    for (const p of procedures)
      for (const st of p.data.steps)
        for (const f of st.forms) {
          const asked = bank.some((q) => q.source === `procedures/${p.id}#${st.id}` && rightChoice(q) === f);
          expect(asked || [...skippedIds].some((id) => id.startsWith(`procedure-form:${p.id}/${st.id}/`)), f).toBe(true);
        }
    for (const q of qs) {
      const { step } = stepOf(q);
      expect(step.forms).toContain(rightChoice(q));
      expect(plain(q.prompt), q.id).not.toContain(plain(rightChoice(q)));
      for (const w of wrongChoices(q)) {
        expect(step.forms, q.id).not.toContain(w);
        expect(allForms.has(w), `${q.id}: ${w} is a real form`).toBe(true);
      }
    }
    // 纾解告知书 is in the step's name “受理并送达纾解告知书”: no question may ask it.
    expect(bank.some((q) => q.id.startsWith('procedure-form:shujie/shouli/'))).toBe(false);
  });

  it('scope questions: the right choice is the list the item is in, the others are other lists of matters', () => {
    const qs = bank.filter((q) => q.topic === 'scope');
    const asked = checklists.filter((c) => ['scope', 'suitable', 'unsuitable'].includes(c.data.kind));
    for (const c of asked) for (const i of c.data.items) expect(accounted(`scope-list:${c.id}/${i.id}`), i.id).toBe(true);
    // Lists of matters only: no one takes a dispute to be in the list of what a mediator may not do.
    const titles = new Set(checklists.filter((c) => ['scope', 'suitable', 'unsuitable'].includes(c.data.kind)).map((c) => c.data.title));
    for (const q of qs) {
      const { list, item } = checklistItemOf(q);
      expect(rightChoice(q)).toBe(list.data.title);
      expect(mentions(q.prompt, item.quiz?.prompt ?? item.text), q.id).toBe(true);
      for (const w of wrongChoices(q)) {
        expect(titles.has(w), `${q.id}: ${w}`).toBe(true);
        const other = checklists.find((c) => c.data.title === w)!;
        expect(
          other.data.items.some((i) => i.text === item.text),
          `${q.id}: ${w}`,
        ).toBe(false);
      }
    }
  });

  it('principle questions: the stem is the principle’s requirement without its name, the choices the list’s principles', () => {
    const qs = bank.filter((q) => kindOf(q) === 'principle');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const { list, item } = checklistItemOf(q);
      expect(list.data.kind).toBe('principles');
      expect(rightChoice(q)).toBe(item.text);
      expect(plain(q.prompt), q.id).not.toContain(plain(item.text));
      // A principle not asked itself (quiz.skip) is still a principle of the list and may be a wrong choice; offer: false is not.
      const names = list.data.items.filter((i) => i.quiz?.offer !== false).map((i) => i.text);
      for (const w of wrongChoices(q)) expect(names, q.id).toContain(w);
    }
  });

  it('principle example questions: the right prohibition cites the principle’s provision, the others do not', () => {
    const qs = bank.filter((q) => kindOf(q) === 'principle-example');
    const prohibitions = checklists.filter((c) => c.data.kind === 'prohibitions').flatMap((c) => c.data.items);
    for (const q of qs) {
      const { item: principle } = checklistItemOf(q);
      const shares = (text: string) => prohibitions.find((i) => i.text === text)!.cites.some((c) => principle.cites.includes(c));
      expect(shares(rightChoice(q)), q.id).toBe(true);
      for (const w of wrongChoices(q)) expect(shares(w), `${q.id}: ${w}`).toBe(false);
    }
  });

  it('glossary questions: a definition without its term, the term among neighbouring terms', () => {
    const qs = bank.filter((q) => q.topic === 'glossary');
    for (const t of glossary) expect(accounted(`glossary:${t.id}`), t.id).toBe(true);
    expect(qs.length).toBeGreaterThan(glossary.length / 4);
    for (const q of qs) {
      const term = glossary.find((g) => `glossary#${g.id}` === q.source)!;
      expect(rightChoice(q)).toBe(term.quiz?.answer ?? term.term);
      for (const name of [term.term, ...term.aliases]) expect(plain(q.prompt), `${q.id} names ${name}`).not.toContain(plain(name));
      // Other terms, or the same-kind names the data gives for this term.
      const names = new Set([
        ...glossary.map((g) => g.term),
        ...(term.quiz?.distractors ?? []).flatMap((d) => (typeof d === 'string' ? [] : [d.text])),
      ]);
      for (const w of wrongChoices(q)) expect(names.has(w), `${q.id}: ${w}`).toBe(true);
      expect(q.cites).toEqual(expect.arrayContaining(term.usedIn));
    }
  });

  it('calendar questions: the right choice is the obligation’s `timing`, the others a time that does not fit it', () => {
    const qs = bank.filter((q) => q.topic === 'calendar');
    for (const o of obligations) expect(accounted(`calendar:${o.id}`), o.id).toBe(true);
    for (const q of qs) {
      const o = obligations.find((x) => `obligations#${x.id}` === q.source)!;
      expect(mentions(q.prompt, o.title), q.id).toBe(true);
      // Printed bare since the fourth review: no 原则上/一般/至少, no verb (study-bank-review-4).
      const bare = (t: string) => t.replace(/原则上|一般|至少|组织|开展/g, '');
      expect(rightChoice(q)).toBe(bare(o.timing!));
      for (const w of wrongChoices(q)) {
        const other = obligations.find((x) => x.timing !== undefined && bare(x.timing) === w)!;
        expect(other, `${q.id}: ${w}`).toBeDefined();
        expect(other.id).not.toBe(o.id);
        expect(JSON.stringify(other.schedule), `${q.id}: ${w} has the same schedule`).not.toBe(JSON.stringify(o.schedule));
        expect(timesClash(o, other), `${q.id}: ${w} could also describe ${o.title}`).toBe(false);
      }
    }
    // 002 plans 专题培训 "4月份" and 优秀案例评选 "11月份" once, not 每年 (a person's reading of 第二条第（四）项).
    const key = (id: string) => rightChoice(bank.find((q) => q.id === `calendar:${id}`)!);
    expect(key('youxiu-anli-pingxuan')).toBe('11月份');
    for (const q of qs) expect(rightChoice(q), q.id).not.toMatch(/^每年(4|11)月/);
  });

  it('trims calendar `when` to the time requirement', () => {
    expect(
      whenChoice('11月份，对案件的典型性、创新性、可借鉴性进行评价，确定全县行政争议纾解优秀案例（方案年度内一次，原文未写每年）'),
    ).toBe('11月份');
    expect(whenChoice('每月开展一次行政争议信息排查，28日前将排查情况报送县行政争议纾解中心；重大复杂行政争议即排即报')).toBe(
      '每月开展一次行政争议信息排查，28日前将排查情况报送县行政争议纾解中心',
    );
    expect(whenChoice('年终（文件要求建立“访调对接”工作年终考评机制，日历中列在12月）')).toBe('年终');
    expect(quote('人民调解“三项经费”')).toBe('“人民调解‘三项经费’”');
  });

  it('never offers a time that also fits the obligation asked about', () => {
    const o = (id: string) => obligations.find((x) => x.id === id)!;
    expect(timesClash(o('fangdiao-nianzhong-kaoping'), o('xingzheng-tiaojie-jiancha'))).toBe(true); // 年终 / 第四季度
    expect(timesClash(o('youxiu-anli-pingxuan'), o('xingzheng-tiaojie-peixun'))).toBe(true); // 11月份 / 每年至少一次
    expect(timesClash(o('shujie-zhuanti-peixun'), o('shujie-jizhong-xuanchuan'))).toBe(true); // 4月份 / 4月至5月
    // A different count a year is a different rule (the fourth review offers 每季度一次 for 11月份).
    expect(timesClash(o('shujie-zhuanxiang-ducha'), o('youxiu-anli-pingxuan'))).toBe(false); // 每季度（月份未写）/ 11月份
    expect(timesClash(o('shujie-lianxi-huiyi'), o('xingzheng-tiaojie-lianxi-huiyi'))).toBe(true); // 每半年一次 / 上半年和下半年各一次
    expect(timesClash(o('shujie-lianxi-huiyi'), o('shujie-zhuanxiang-ducha'))).toBe(false); // 每半年 / 每季度
    expect(timesClash(o('shujie-paicha-yuebao'), o('shujie-zhuanti-peixun'))).toBe(false); // 每月 / 4月份
    expect(timesClash(o('youxiu-anli-pingxuan'), o('fangdiao-nianzhong-kaoping'))).toBe(false); // 11月份 / 年终
    expect(timesClash(o('lvshi-daili-baobei'), o('shujie-paicha-yuebao'))).toBe(false); // 3个工作日内 / 每月
  });
});

describe('a change in the data changes the question', () => {
  const fixture = structuredClone(procedures.find((p) => p.id === 'fangdiao')!);
  const deadline = fixture.data.steps.flatMap((s) => s.deadlines).find((d) => d.id === 'tiaojie-qixian')!;

  it('15日 → 20日', () => {
    expect(deadline.count).toBe(15);
    const before = generateQuestionBank({ ...input, procedures: [fixture] }).find((q) => q.id === 'deadline:fangdiao/tiaojie-qixian')!;
    expect(rightChoice(before)).toBe('15日');

    deadline.count = 20;
    const after = generateQuestionBank({ ...input, procedures: [fixture] }).find((q) => q.id === 'deadline:fangdiao/tiaojie-qixian')!;
    expect(after).toBeDefined();
    expect(rightChoice(after)).toBe('20日');
    expect(rightChoice(after)).not.toBe('15日');
    expect(after.explanation).toContain('20日');
    // The real data is untouched.
    expect(rightChoice(bank.find((q) => q.id === 'deadline:fangdiao/tiaojie-qixian')!)).toBe('15日');
  });

  it('a new form on a step is accounted for (asked or skipped with a reason); removing a deadline removes its questions', () => {
    const changed = structuredClone(fixture);
    changed.data.steps[0]!.forms = ['信访事项登记表'];
    changed.data.steps.find((s) => s.id === 'jieguo-fankui')!.deadlines = [];
    const report = generateQuestionBankReport({ ...input, procedures: [changed] });
    const qs = report.questions;
    const formIds = [...qs.map((q) => q.id), ...report.skipped.map((s) => s.id)].filter((id) =>
      id.startsWith('procedure-form:fangdiao/yindao-fenliu/'),
    );
    expect(formIds).toHaveLength(1);
    expect(qs.some((q) => q.id === 'deadline:fangdiao/fankui-chenggong')).toBe(false);
  });

  it('skips a question rather than ask one with two answers', () => {
    // Two principles with the same requirement: neither can be asked unambiguously.
    const lists: StudyChecklist[] = [
      {
        id: 'test-yuanze',
        data: {
          title: '测试原则',
          summary: '测试用的原则清单',
          order: 100,
          kind: 'principles',
          items: [
            { id: 'a', text: '甲原则', detail: '同样的要求。', cites: ['fangdiao-lhasa-2019/3.1'] },
            { id: 'b', text: '乙原则', detail: '同样的要求', cites: ['fangdiao-lhasa-2019/3.2'] },
            { id: 'c', text: '丙原则', detail: '别的要求', cites: ['fangdiao-lhasa-2019/3.3'] },
          ],
        },
      },
    ];
    const r = generateQuestionBankReport({ procedures: [], checklists: lists, glossary: [], obligations: [] });
    expect(r.questions.map((q) => q.id)).not.toContain('principle:test-yuanze/a');
    expect(r.skipped.map((s) => s.id)).toContain('principle:test-yuanze/a');
  });
});

describe('pickQuestions', () => {
  it('is deterministic for a seed', () => {
    const a = pickQuestions(bank, { count: 10, seed: 42 }).map((q) => q.id);
    const b = pickQuestions(bank, { count: 10, seed: 42 }).map((q) => q.id);
    expect(a).toEqual(b);
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10);
    expect(pickQuestions(bank, { count: 10, seed: 43 }).map((q) => q.id)).not.toEqual(a);
    // Independent of the bank's order.
    expect(pickQuestions(bank.slice().reverse(), { count: 10, seed: 42 }).map((q) => q.id)).toEqual(a);
  });

  it('respects topic and count', () => {
    for (const topic of TOPICS) {
      const qs = pickQuestions(bank, { topic, count: 5, seed: 7 });
      expect(qs.length).toBe(Math.min(5, perTopic[topic]));
      for (const q of qs) expect(q.topic).toBe(topic);
    }
    expect(pickQuestions(bank, { topic: 'glossary', count: 1000, seed: 1 })).toHaveLength(perTopic.glossary);
    expect(pickQuestions(bank, { count: 0, seed: 1 })).toHaveLength(0);
    expect(pickQuestions(bank, { topic: 'mixed', count: 1000, seed: 1 })).toHaveLength(bank.length);
  });

  it('mixes topics in turn', () => {
    const asked = TOPICS.filter((t) => perTopic[t] > 0);
    const qs = pickQuestions(bank, { topic: 'mixed', count: asked.length, seed: 3 });
    expect(new Set(qs.map((q) => q.topic)).size).toBe(asked.length);
  });
});

describe('scoreAnswers', () => {
  // The real data asks no order question (review 3); 访调对接 without its `unordered` reason gives one.
  const ordered = structuredClone(procedures.find((p) => p.id === 'fangdiao')!);
  delete ordered.data.unordered;
  const orderQ = generateQuestionBank({ ...input, procedures: [ordered] }).filter((q) => q.kind === 'order');
  const quiz = pickQuestions(bank, { count: 8, seed: 5 }).concat(orderQ.slice(0, 1));
  it('has an order question to score', () => expect(orderQ).toHaveLength(1));

  it('counts right answers and lists missed ids', () => {
    const answers: Record<string, number | number[]> = {};
    for (const q of quiz) answers[q.id] = q.answer;
    expect(scoreAnswers(quiz, answers)).toEqual({ correct: quiz.length, total: quiz.length, missed: [] });

    const [first, second] = quiz;
    const order = quiz[quiz.length - 1]!;
    answers[first!.id] = typeof first!.answer === 'number' ? (first!.answer + 1) % first!.choices.length : [...first!.answer].reverse();
    delete answers[second!.id];
    answers[order.id] = [...(order.answer as number[])].reverse();
    const r = scoreAnswers(quiz, answers);
    expect(r.total).toBe(quiz.length);
    expect(r.correct).toBe(quiz.length - 3);
    expect(r.missed).toEqual([first!.id, second!.id, order.id]);
  });

  it('does not accept the wrong shape', () => {
    const single = bank.find((q) => q.kind === 'single')!;
    const order = orderQ[0]!;
    expect(scoreAnswers([single], { [single.id]: [single.answer as number] }).correct).toBe(0);
    expect(scoreAnswers([order], { [order.id]: (order.answer as number[])[0]! }).correct).toBe(0);
  });
});
