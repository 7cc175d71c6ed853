/**
 * What the sixth independent review of the question bank found (docs/reviews/2026-11-30-question-bank-review-6.md):
 * six wrong explanations (Q18, Q27, Q34, Q35, Q38, Q44), one ambiguous choice (Q13), and the deadline class that one
 * pattern answered (Q1–Q10). Each test fails on the bank the review read; expected texts are the reviewer's reading
 * of the provisions, not the generator's output.
 */
import { describe, expect, it } from 'vitest';
import { majorityUnit, measureGuessability, repeatedFigure } from '../../src/lib/study/guessability.ts';
import { bank, byId, input, rightChoice, skipped } from '../support/study-bank.ts';

const text = (id: string) => (input.provisions?.get(id)?.text ?? '').replace(/[\s“”]/g, '');

describe('trust: explanations say what the provisions say', () => {
  // quangang 3.3 "加强“三大调解”衔接互动" and zhou 6 "实现“三大调解”优势互补" say nothing about 大调解.
  it('大调解 cites no provision that only has 三大调解', () => {
    const q = byId('glossary:da-tiaojie')!;
    expect(q).toBeDefined();
    expect(q.cites).not.toContain('quangang-xingzheng-zhengyi-2020/3.3');
    expect(q.cites).not.toContain('xingzheng-tiaojie-zhou-2022/6');
    for (const c of q.cites) expect(text(c).replace(/三大调解/g, ''), c).toContain('大调解');
  });
  // xx-xian-shujie-2023/2.1: "县司法局负责加强县行政争议纾解中心建设,做好全县行政争议研判分流、协调指导、监督考核等牵头工作".
  it('no explanation gives the 纾解中心 the lead duties the text gives 县司法局', () => {
    for (const q of bank) expect(q.explanation, q.id).not.toMatch(/纾解中心”?由县司法局负责建设，做全县行政争议研判分流/);
  });
  // xx-xian-shujie-2023/2.4 dates the 2023 activities and is silent on whether they recur.
  it('a plan’s one-off date is stated as the plan’s year, never as "不是每年"', () => {
    const once = input.obligations.filter((o) => o.once !== undefined);
    expect(once.length).toBeGreaterThan(0);
    for (const q of bank) expect(q.explanation, q.id).not.toContain('不是每年');
    for (const o of once) {
      const q = byId(`calendar:${o.id}`);
      if (q) expect(q.explanation, q.id).toContain('方案年度内一次（2023年）');
    }
  });
});

describe('ambiguous: the county 专班 under the text’s own name', () => {
  // 2.2 "组建县、镇(街道)、行政执法单位行政纾解工作专班" lists three kinds; the county one is "县级专班".
  it('no actor choice is the cut label 县行政纾解工作专班; the county 专班 is printed as 县级专班', () => {
    const qs = bank.filter((q) => q.id.startsWith('procedure-actor:shujie/'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.choices, q.id).not.toContain('县行政纾解工作专班');
    expect(qs.some((q) => q.choices.some((c) => c.includes('县级专班')))).toBe(true);
  });
});

describe('deadlines: neither the figure printed twice nor the majority unit is the key', () => {
  const deadlines = bank.filter((q) => q.topic === 'deadline');
  it('finds the pattern the review used', () => {
    const q = { kind: 'single' as const, prompt: '', choices: ['3个工作日', '3日', '15日', '30日'], answer: 1 };
    expect(repeatedFigure(q)).toBe(1);
    expect(majorityUnit(q)).toBe(1);
    expect(repeatedFigure({ ...q, choices: ['3日', '3个工作日', '15日', '15个工作日'] })).toBe(0);
  });
  it('every 日 / 工作日 question offers two figures, each in both units', () => {
    const qs = deadlines.filter((q) => /^\d+(日|个工作日)$/.test(rightChoice(q)));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const figures = new Set(q.choices.map((c) => c.match(/^\d+/)?.[0]));
      expect(figures.size, q.id).toBe(2);
      for (const n of figures) expect(q.choices, q.id).toEqual(expect.arrayContaining([`${n}日`, `${n}个工作日`]));
    }
  });
  it('"the doubled figure" and "the majority unit" score within chance + 10 on the deadline questions', () => {
    const g = measureGuessability(deadlines);
    expect(g.questions).toBeGreaterThanOrEqual(10);
    expect(g.solvers['重复的数字']).toBeLessThanOrEqual(g.chance + 10);
    expect(g.solvers['多数单位']).toBeLessThanOrEqual(g.chance + 10);
  });
});

describe('guessable: leaks between questions and choices that stand out (fixed through data)', () => {
  // xx-xian-shujie-2023/2.3 "双方可共同向行政争议有管辖权的人民法院申请司法确认": the step is unique without the term.
  it('no deadline stem prints 司法确认, the key of the glossary question (Q10/Q28)', () => {
    for (const q of bank.filter((x) => x.topic === 'deadline')) expect(q.prompt, q.id).not.toContain('司法确认');
  });
  // Q1, Q4, Q5 print "不予受理的退回信访部门" and "调解成功的反馈调解结果" with 访调对接.
  it('the 访调对接 clue is built from what no other stem prints (退回, 反馈结果)', () => {
    const q = byId('glossary:fangdiao-duijie')!;
    expect(q.prompt).not.toMatch(/退回|反馈结果/);
  });
  // fangdiao-lhasa-2019/2 "进一步健全完善社会矛盾多元化解体系": a second system-scale choice.
  it('大调解 is not the only system among mechanisms (Q18)', () => {
    expect(byId('glossary:da-tiaojie')!.choices).toContain('矛盾纠纷多元化解');
  });
  // Q34's stem prints "行政争议积案化解活动", Q35's "集中普法宣传活动".
  it('积案化解 is not asked among campaigns another stem prints (Q22)', () => {
    const q = byId('glossary:ji-an-huajie');
    if (q) expect(q.choices).not.toContain('集中宣传活动');
  });
  it('纾解专班 is asked among teams, not among offices and places (Q27)', () => {
    const q = byId('glossary:shujie-zhuanban')!;
    for (const c of q.choices.filter((c) => c !== rightChoice(q))) expect(c).not.toMatch(/中心$|工作室$|窗口$/);
  });
  it('联席会议, whose clue is the word’s literal meaning, is not asked, with a reason (Q24)', () => {
    expect(byId('glossary:lianxi-huiyi')).toBeUndefined();
    expect(skipped.find((s) => s.id === 'glossary:lianxi-huiyi')?.reason).toMatch(/字面意思/);
  });
});

describe('guessable: questions a fair form cannot be found for are not asked, with a reason', () => {
  // fangdiao-lhasa-2019/6.1, 6.4: the handover runs from 信访部门 to 人民调解组织 and back; other stems print both directions.
  it('the 访调对接 actor questions (引导分流, 结果反馈) are not asked (Q11, Q12)', () => {
    for (const id of ['procedure-actor:fangdiao/yindao-fenliu', 'procedure-actor:fangdiao/jieguo-fankui']) {
      expect(byId(id), id).toBeUndefined();
      expect(skipped.find((s) => s.id === id)?.reason, id).toBeDefined();
    }
  });
  // xingzheng-tiaojie-zhou-2022/2.1 "不得强迫当事人接受调解方式和调解结果": a forced signature names the principle.
  it('the 自愿 case (a forced signature) is not asked (Q14)', () => {
    expect(byId('principle:xingzheng-tiaojie-yuanze/ziyuan')).toBeUndefined();
    expect(skipped.find((s) => s.id === 'principle:xingzheng-tiaojie-yuanze/ziyuan')?.reason).toMatch(/自愿/);
  });
});

describe('principles: every question offers every principle of the list (Q17)', () => {
  // xingzheng-tiaojie-zhou-2022/2.1–2.5: 自愿、合法性、中立、平等、积极主动.
  it('no principle is offered only in its own question', () => {
    const qs = bank.filter((q) => q.id.startsWith('principle:xingzheng-tiaojie-yuanze/'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs)
      expect(q.choices, q.id).toEqual(expect.arrayContaining(['自愿原则', '合法性原则', '中立原则', '平等原则', '积极主动原则']));
  });
});

describe('calendar: the key is not the only late-year time (Q44)', () => {
  // xx-xian-shujie-2023/2.4 "11月份…优秀案例评选"; fangdiao-lhasa-2019/8.1 "年终考评" is another end-of-year time.
  it('优秀案例评选 (11月份) is asked with another end-of-year time', () => {
    const q = byId('calendar:youxiu-anli-pingxuan')!;
    expect(rightChoice(q)).toBe('11月份');
    expect(q.choices).toContain('年终');
  });
});

describe('calendar: a 报送 deadline is not the only deadline among the choices (Q37)', () => {
  // xx-xian-shujie-2023/2.2 "专班成立情况请于3月24日前报送"; 2.3 "28日前将信息排查情况报送".
  it('专班成立情况报送 (3月24日前) is asked with another time ending in 前', () => {
    const q = byId('calendar:shujie-zhuanban-baosong')!;
    expect(rightChoice(q)).toBe('3月24日前');
    expect(q.choices.filter((c) => c !== '3月24日前').some((c) => c.endsWith('前'))).toBe(true);
  });
});
