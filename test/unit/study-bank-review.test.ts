/**
 * The faults the second review of the question bank (docs/reviews/2026-11-30-question-bank.md) found,
 * one test per class, each failing on the bank as it was then. Expected texts are the reviewer's
 * reading of the provisions, not the generator's output.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestionBankReport, type StudyQuestion } from '../../src/lib/study/questions.ts';
import { studyInput } from '../support/study-input.ts';

const input = studyInput();
const { questions: bank, skipped } = generateQuestionBankReport(input);
const byId = (id: string) => bank.find((q) => q.id === id);
const skippedIds = new Set(skipped.map((s) => s.id));
const plain = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, '');
const rightChoice = (q: StudyQuestion) => q.choices[q.answer as number]!;
/** The quotation an explanation ends with: 原文（cite）：“…”。, or 文件中的用法（cite）：“…”。 where a document only uses a term. */
const quotation = (q: StudyQuestion) => /(?:原文|文件中的用法)（(.*?)）：“(.*?)”。/.exec(q.explanation);
const quoted = (q: StudyQuestion) => quotation(q)?.[2] ?? '';

describe('explanations quote the sentence that supports the key', () => {
  // The reviewer's reading: the words each quotation must carry.
  const expected: [id: string, words: string][] = [
    ['calendar:shujie-zhuanti-peixun', '4月份,由县司法局牵头,通过邀请专家学者或法官对全县行政执法人员、行政纾解人员进行专题培训'],
    ['calendar:xingzheng-tiaojie-lianxi-huiyi', '一般每年的上半年和下半年各组织一次'],
    ['principle:xingzheng-tiaojie-yuanze/pingdeng', '行政机关作为当事一方时,与管理相对人在调解过程中地位平等'],
    // Review 3: 1.1 only uses 大调解; the definition's provisions are 4.10 and 2.6 (see study-bank-review-3.test.ts).
    ['glossary:xingzheng-tiaojie', '行政调解是各级人民政府及其所属部门和依法行使行政职权的其他组织'],
    ['glossary:xingzheng-zhengyi', '因行政管理产生的行政纠纷'],
    ['glossary:suyuan-guanli', '加强诉源管理分析研判'],
    ['glossary:xingzheng-zhengyi-shujie', '综合运用调解、和解、协调等方式化解行政争议'],
    ['glossary:sifa-queren', '可以自调解协议生效之日起三十日内共同向人民法院申请司法确认'],
  ];
  for (const [id, words] of expected) {
    it(`${id} quotes “${words.slice(0, 20)}…”`, () => {
      const q = byId(id);
      // Review 3 may have dropped the question as guessable; then it must be in the skipped list with a reason.
      if (!q) return expect(skippedIds.has(id), id).toBe(true);
      expect(plain(quoted(q))).toContain(plain(words));
    });
  }

  it('every glossary quotation names the term (or quotes the text the data says defines it)', () => {
    for (const q of bank.filter((x) => x.topic === 'glossary')) {
      const term = input.glossary.find((g) => `glossary#${g.id}` === q.source)!;
      const m = quotation(q);
      expect(m, q.id).not.toBeNull();
      const fromDefinition = term.definedIn.some((c) => input.provisions?.get(c)?.cite === m![1]);
      if (!fromDefinition)
        expect(
          [term.term, ...term.aliases].some((n) => plain(m![2]!).includes(plain(n))),
          `${q.id}: ${m![2]}`,
        ).toBe(true);
    }
  });

  it('a glossary quotation is called 原文 only when it comes from where the term is defined', () => {
    for (const q of bank.filter((x) => x.topic === 'glossary')) {
      const term = input.glossary.find((g) => `glossary#${g.id}` === q.source)!;
      const m = /原文（(.*?)）：/.exec(q.explanation);
      if (!m) continue;
      const defining = [...term.definedIn, ...term.cites].map((c) => input.provisions?.get(c)?.cite);
      expect(defining, q.id).toContain(m[1]);
    }
  });

  it('every calendar quotation holds the keyed time', () => {
    // The time words of a key: "4月份", "3月15日", "每半月", "上半年", "第四季度", "3个工作日".
    const TIME = /\d+月\d+日|\d+月份?|\d+日|\d+个工作日|每半?月|每季度|每半年|每年|上半年|下半年|第[一二三四]季度|年终/g;
    for (const q of bank.filter((x) => x.topic === 'calendar')) {
      const words = rightChoice(q).match(TIME) ?? [];
      expect(words.length, q.id).toBeGreaterThan(0);
      for (const w of words) expect(plain(quoted(q)), `${q.id}: ${w}`).toContain(plain(w));
    }
  });

  it('every principle quotation holds the principle’s name, the words the stem blanks', () => {
    for (const q of bank.filter((x) => x.id.startsWith('principle:'))) {
      const name = rightChoice(q).replace(/^坚持|性?原则$/g, '');
      expect(plain(quoted(q)), q.id).toContain(plain(name));
    }
  });
});

describe('wrong choices are of the same kind as the key, and none overlaps it', () => {
  // The definition-based clue fitted 三调联动 as well; since the fifth review (Q28) the clue names the 协调中心,
  // which 三调联动 lacks, and 三调联动 is the near miss.
  it('glossary:da-tiaojie offers 三调联动 only with a clue about the 协调中心', () => {
    const q = byId('glossary:da-tiaojie')!;
    if (q.choices.includes('三调联动')) expect(q.prompt).toContain('协调中心');
  });

  it('no glossary question offers a term the data says overlaps it', () => {
    for (const term of input.glossary) {
      const q = byId(`glossary:${term.id}`);
      if (!q) continue;
      const excluded = input.glossary.filter((g) => term.quiz?.exclude.includes(g.id)).map((g) => g.term);
      for (const e of excluded) expect(q.choices, q.id).not.toContain(e);
    }
  });

  it('document questions offer documents, person questions persons, body questions bodies', () => {
    const kinds: [id: string, fits: RegExp][] = [
      ['glossary:shujie-gaozhishu', /书$|函$|回执$|协议$/],
      ['glossary:tiaojie-zhongzhi-gaozhishu', /书$|函$|回执$|协议$/],
      ['glossary:yisonghan', /书$|函$|回执$|协议$/],
      ['glossary:jinpai-tiaojieyuan', /员$/],
      ['glossary:shujie-zhuanban', /班$|中心$|会议$|室$|窗口$|团$|组$/],
    ];
    for (const [id, fits] of kinds) {
      const q = byId(id);
      if (!q) {
        expect(skippedIds.has(id), id).toBe(true);
        continue;
      }
      for (const c of q.choices) expect(c, id).toMatch(fits);
    }
  });

  it('form questions: no wrong choice is a document an earlier step hands on, and one at least is of the same procedure', () => {
    for (const q of bank.filter((x) => x.id.startsWith('procedure-form:'))) {
      const [procId, stepId] = q.id.slice('procedure-form:'.length).split('/');
      const steps = input.procedures.find((p) => p.id === procId)!.data.steps;
      const at = steps.findIndex((s) => s.id === stepId);
      const earlier = steps.slice(0, at).flatMap((s) => s.forms);
      const wrong = q.choices.filter((_, i) => i !== q.answer);
      for (const w of wrong) expect(earlier, `${q.id}: ${w}`).not.toContain(w);
      expect(
        wrong.some((w) => steps.some((s) => s.forms.includes(w))),
        q.id,
      ).toBe(true);
    }
  });

  it('no wrong choice is the key plus the words after a blank in the stem (“＿＿委员会” beside 人民调解委员会)', () => {
    for (const q of bank.filter((x) => x.kind === 'single')) {
      const key = plain(rightChoice(q));
      for (const w of q.choices.filter((_, i) => i !== q.answer)) {
        const rest = plain(w).startsWith(key) ? plain(w).slice(key.length) : '';
        if (rest) expect(q.prompt, `${q.id}: ${w}`).not.toContain(`＿＿${rest}`);
      }
    }
  });

  it('scope questions offer lists of matters only, never the prohibitions', () => {
    const prohibitions = input.checklists.filter((c) => c.data.kind === 'prohibitions').map((c) => c.data.title);
    for (const q of bank.filter((x) => x.topic === 'scope')) for (const p of prohibitions) expect(q.choices, q.id).not.toContain(p);
  });

  it('no scope question keys the only list whose polarity matches its stem', () => {
    const neg = /不|拒绝|禁止/;
    for (const q of bank.filter((x) => x.topic === 'scope')) {
      const same = q.choices.filter((c) => neg.test(c) === neg.test(rightChoice(q)));
      expect(same.length, `${q.id}: ${q.choices.join(' / ')}`).toBeGreaterThan(1);
    }
  });
});

describe('questions that cannot be asked honestly are not asked', () => {
  const gone = (id: string) => {
    expect(byId(id), id).toBeUndefined();
    expect(
      skipped.some((s) => s.id === id),
      `${id} is skipped with a reason`,
    ).toBe(true);
  };
  it('no order question over 复议调解: the documents set no order', () => gone('procedure-order:fuyi-tiaojie'));
  it('a one-off campaign’s requirement is no 纾解 principle', () => gone('principle:shujie-yuanze/yi-an-yi-ce'));
  it('what the document calls a 工作制度 is no principle', () => gone('principle:shujie-yuanze/jinzhi-mianze'));
  it('no explanation calls a skipped item “另一项原则”', () => {
    for (const q of bank) expect(q.explanation, q.id).not.toMatch(/“(“一案一策”、应调尽调|尽职免责、失职问责)”是另一项原则/);
    for (const q of bank.filter((x) => x.id.startsWith('principle'))) {
      expect(q.choices, q.id).not.toContain('尽职免责、失职问责');
      expect(q.choices, q.id).not.toContain('“一案一策”、应调尽调');
    }
  });
  it('principles are asked by case where the name would say the answer', () => {
    for (const id of ['principle:xingzheng-tiaojie-yuanze/ziyuan', 'principle:xingzheng-tiaojie-yuanze/hefa']) {
      const q = byId(id);
      // 自愿 is not asked since the sixth review (Q14).
      if (!q) continue;
      expect(q.prompt, id).toMatch(/违背了哪一项原则/);
      // No word that names the principle: 强迫/愿 (自愿), 依法/合法/法律 (合法性).
      expect(q.prompt, id).not.toMatch(/强迫|愿|依法|合法|法律/);
    }
  });
});
