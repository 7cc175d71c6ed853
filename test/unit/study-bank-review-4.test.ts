/**
 * The guessable questions the fourth independent review found (docs/reviews/2026-11-30-question-bank-review-4.md:
 * Q19, Q20, Q26, Q27, Q29, Q37, Q40, Q43, Q45, Q47), one test per class, each failing on the bank as it was then.
 * Expected texts are the reviewer's reading of the provisions, not the generator's output.
 */
import { describe, expect, it } from 'vitest';
import type { StudyObligation, StudyQuestion } from '../../src/lib/study/questions.ts';
import { bank, byId, input, plain, rightChoice, single, skipped, wrongChoices } from '../support/study-bank.ts';

const quoted = (q: StudyQuestion) => [...q.explanation.matchAll(/原文（.*?）：“(.*?)”。/g)].map((m) => m[1]).join('');
const provisionText = (id: string) => plain(input.provisions?.get(id)?.text ?? '');

describe('actor questions name the step and ask who does it (Q19, Q20)', () => {
  const actorQs = bank.filter((q) => q.id.startsWith('procedure-actor:'));
  const procedureOf = (q: StudyQuestion) => input.procedures.find((p) => q.id.startsWith(`procedure-actor:${p.id}/`))!;
  const stepOf = (q: StudyQuestion) => procedureOf(q).data.steps.find((s) => q.id.endsWith(`/${s.id}`))!;

  it('are asked', () => expect(actorQs.length).toBeGreaterThan(0));
  it('offer bodies, never the procedure’s steps (the other steps’ names ruled themselves out)', () => {
    for (const q of actorQs) {
      const names = new Set(procedureOf(q).data.steps.map((s) => s.name));
      for (const c of q.choices) expect(names.has(c), `${q.id}: ${c}`).toBe(false);
      expect(q.prompt, q.id).toContain(`“${stepOf(q).name}”`);
    }
  });
  it('key the body the step names, cite and quote only provisions that name it', () => {
    for (const q of actorQs) {
      const key = rightChoice(q);
      // The data may print the body shorter (actorChoice, fifth review Q21); the provisions name it in full.
      const step = stepOf(q);
      const full = step.actorChoice === key ? step.actor.replace(/（[^（）]*）$/, '') : key;
      expect(step.actor.startsWith(full), q.id).toBe(true);
      for (const c of q.cites) expect(provisionText(c), `${q.id}: ${c}`).toContain(plain(full));
      expect(plain(quoted(q)), q.id).toContain(plain(full));
    }
  });
  it('引导分流 rests on 6.1 alone: 5.1/5.2 list disputes and name nobody', () => {
    // Not asked since the sixth review (Q11): the direction of the handover answers it.
    const q = byId('procedure-actor:fangdiao/yindao-fenliu');
    if (!q) return expect(skipped.find((s) => s.id === 'procedure-actor:fangdiao/yindao-fenliu')?.reason).toMatch(/移交的方向/);
    expect(rightChoice(q)).toBe('信访部门');
    expect(q.cites).toEqual(['fangdiao-lhasa-2019/6.1']);
  });
  it('“结果反馈”由谁办理: 人民调解组织, quoting 6.4', () => {
    // Not asked since the sixth review (Q12): who reports a mediation's result follows from the other stems.
    const q = byId('procedure-actor:fangdiao/jieguo-fankui');
    if (!q) return expect(skipped.find((s) => s.id === 'procedure-actor:fangdiao/jieguo-fankui')?.reason).toBeDefined();
    expect(rightChoice(q)).toBe('人民调解组织');
    expect(plain(quoted(q))).toContain(plain('人民调解组织应在调解结束后5个工作日内'));
  });
  // Since the sixth review (Q13) the 受理 question has no wrong choice echoing the stem's 行政 and is skipped; the units'
  // one question (one per body) is then asked on the 纾解 step.
  it('the units’ actor question (受理 or 纾解): the units, quoting the 2.3 sentence that names them', () => {
    const q = (byId('procedure-actor:shujie/shouli') ?? byId('procedure-actor:shujie/shujie'))!;
    expect(q).toBeDefined();
    // Printed as 2.1's short form since the fifth review (Q21: the full name was far the longest choice).
    expect(rightChoice(q)).toBe('镇街和县行政执法单位');
    expect(plain(quoted(q))).toContain(plain('各镇(街道)、县各行政执法单位'));
  });
});

describe('glossary stems do not spell the term (Q26, Q27, Q29, Q37, Q40)', () => {
  // The reviewer's reading: words (or glosses of the term's characters) that point at the answer.
  const tells: [id: string, words: string[]][] = [
    ['glossary:fangdiao-duijie', ['来访', '访', '调']],
    ['glossary:fuyuan-hudong', ['行政机关', '审判机关', '人民法院', '政府', '府', '院']],
    ['glossary:ji-an-huajie', ['积案', '老案', '难案']],
    ['glossary:suyuan-guanli', ['源头', '源']],
    ['glossary:yisonghan', ['移送', '移交', '访调对接']],
  ];
  for (const [id, words] of tells) {
    it(`${id}: the stem has none of ${words.join('、')}`, () => {
      const q = byId(id)!;
      expect(q).toBeDefined();
      for (const w of words) expect(q.prompt, w).not.toContain(w);
    });
  }
  // A word every choice carries ("调解员" of 金牌调解员 / 专职调解员) points at none of them.
  it('no glossary stem shares a two-character word with its key outside the blank (unless every choice has it)', () => {
    for (const q of bank.filter((x) => x.topic === 'glossary')) {
      const key = plain(rightChoice(q));
      const stem = plain(q.prompt.replace(/＿＿/g, '|'));
      for (let i = 0; i + 2 <= key.length; i++) {
        const word = key.slice(i, i + 2);
        if (wrongChoices(q).every((w) => plain(w).includes(word))) continue;
        expect(stem, `${q.id}: ${word}`).not.toContain(word);
      }
    }
  });
  it('访调对接 is asked among other mechanisms of the same kind (情况通报制度, 6.2’s document)', () => {
    expect(byId('glossary:fangdiao-duijie')!.choices).toContain('情况通报制度');
  });
  // The fifth review (Q30) turned this round: "执法与审判" left 府院互动 the only court mechanism, so court-side
  // mechanisms (特邀调解, 司法确认) are now the wrong choices; a kind of dispute still is not.
  it('府院互动 is asked among mechanisms, not 行政争议 (a kind of dispute) or 诉源管理', () => {
    const q = byId('glossary:fuyuan-hudong')!;
    for (const c of ['行政争议', '诉源管理']) expect(q.choices).not.toContain(c);
  });
  // Since the fifth review (Q32) the wrong choices are dispute-resolution campaigns, from this plan or the 大调解 points;
  // since the sixth (Q22) this plan's own resolving mechanisms (2.3: 纾解听证, 联席会商, 排查报备).
  it('积案化解 is asked among other campaigns or mechanisms of the texts (xx-xian-shujie-2023/2.3, 2.4, sichuan-da-tiaojie-2015/1.1, 2.6)', () => {
    const q = byId('glossary:ji-an-huajie')!;
    const texts = ['xx-xian-shujie-2023/2.3', 'xx-xian-shujie-2023/2.4', 'sichuan-da-tiaojie-2015/1.1', 'sichuan-da-tiaojie-2015/2.6']
      .map(provisionText)
      .join('|');
    // "矛盾纠纷集中排查" is 1.1's "矛盾纠纷源头排查和集中排查", "攻坚破难专项行动" 2.6's heading.
    for (const w of wrongChoices(q))
      expect(texts, w).toContain(
        plain(w)
          .replace(/专项行动$/, '')
          .replace(/^矛盾纠纷/, ''),
      );
  });
  it('移送函 is offered plain', () => {
    expect(rightChoice(byId('glossary:yisonghan')!)).toBe('移送函');
  });
});

describe('no choice stands out by its form (Q40, Q43, Q45)', () => {
  const QUOTES = /[“”‘’"']/;
  const HEDGES = /原则上|一般|至少/;
  it('the key is never the only choice in quotation marks', () => {
    for (const q of single)
      if (QUOTES.test(rightChoice(q)))
        expect(
          wrongChoices(q).some((w) => QUOTES.test(w)),
          q.id,
        ).toBe(true);
  });
  it('the key is never the only hedged choice', () => {
    for (const q of single)
      if (HEDGES.test(rightChoice(q)))
        expect(
          wrongChoices(q).some((w) => HEDGES.test(w)),
          q.id,
        ).toBe(true);
  });
  it('the key is never longer than 1.5 times the next longest choice', () => {
    for (const q of single)
      expect(rightChoice(q).length, q.id).toBeLessThanOrEqual(1.5 * Math.max(...wrongChoices(q).map((w) => w.length)));
  });
});

describe('calendar choices: one bare form, the same scale, never two that say the same (Q43, Q45, Q47)', () => {
  const qs = bank.filter((q) => q.topic === 'calendar');
  const obligationOf = (q: StudyQuestion) => input.obligations.find((o) => q.source === `obligations#${o.id}`)!;
  // The reader's bare form of a time: the hedge and the verb dropped.
  const bare = (t: string) => t.replace(/原则上|一般|至少|组织|开展/g, '');
  const ofChoice = (c: string) => input.obligations.find((o) => o.timing !== undefined && bare(o.timing) === c)!;
  const TIMES_A_YEAR: Record<string, number> = { monthly: 12, semimonthly: 24, quarterly: 4, semiannual: 2, yearly: 1, range: 1 };
  // Months a document names; none when it names none (the calendar's month is the editors' placement).
  const months = (o: StudyObligation): Set<number> | undefined => {
    if (/未(规定|写)[^；。）]*月/.test(o.when)) return undefined;
    const s = o.schedule;
    if (s.freq === 'yearly' || s.freq === 'semiannual') return new Set(s.months);
    if (s.freq === 'range') {
      const out = new Set<number>();
      for (let m = Number(s.start.slice(0, 2)); m <= Number(s.end.slice(0, 2)); m++) out.add(m);
      return out;
    }
    return undefined;
  };
  const sayTheSame = (a: StudyObligation, b: StudyObligation) => {
    if (TIMES_A_YEAR[a.schedule.freq] !== TIMES_A_YEAR[b.schedule.freq]) return false;
    // Two times given to the day ("3月24日前", "3月15日至4月15日") are different times (fifth review, Q46).
    const day = /\d+月\d+日/;
    if (day.test(a.timing ?? '') && day.test(b.timing ?? '')) return a.timing === b.timing;
    const ma = months(a);
    const mb = months(b);
    return !ma || !mb || [...ma].some((m) => mb.has(m));
  };
  const scale = (o: StudyObligation) =>
    o.schedule.freq === 'monthly' || o.schedule.freq === 'semimonthly' ? 'month' : o.once !== undefined ? 'date' : 'year';

  it('are asked', () => expect(qs.length).toBeGreaterThan(0));
  it('no choice carries a hedge (原则上, 一般, 至少), and the explanation gives the text’s own wording', () => {
    for (const q of qs) {
      for (const c of q.choices) expect(c, q.id).not.toMatch(/原则上|一般|至少/);
      expect(q.explanation, q.id).toContain(`“${obligationOf(q).timing}”`);
    }
  });
  it('no two choices say the same time (每半年一次 = 每年上半年和下半年各一次; 年终 within 第四季度; two spring dates)', () => {
    for (const q of qs) {
      const os = q.choices.map(ofChoice);
      os.forEach((o, i) => expect(o, `${q.id}: ${q.choices[i]}`).toBeDefined());
      for (let i = 0; i < os.length; i++)
        for (let j = i + 1; j < os.length; j++)
          expect(sayTheSame(os[i]!, os[j]!), `${q.id}: ${q.choices[i]} / ${q.choices[j]}`).toBe(false);
      expect(q.choices.includes('每半年一次') && q.choices.includes('每年上半年和下半年各一次'), q.id).toBe(false);
    }
  });
  it('at least one wrong choice is of the key’s scale (yearly among yearly, monthly among monthly, a date among dates)', () => {
    for (const q of qs) {
      const own = scale(obligationOf(q));
      expect(
        wrongChoices(q).map((w) => scale(ofChoice(w))),
        q.id,
      ).toContain(own);
    }
  });
});
