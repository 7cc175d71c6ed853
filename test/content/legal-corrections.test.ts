/**
 * Rules from the legal editor's review (issue 14): the structured data may say no more than the
 * provision it cites — frequency, modality (可以/应当/应/必须), who acts, what is linked. Expected
 * values are a person's reading of the documents, quoted in the test names and comments.
 */
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { obligationSchema } from '../../src/schemas/obligation.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { isRecurring, occurrenceLabel, occurrences } from '../../src/lib/work-calendar/obligations.ts';
import { obligationsIcs } from '../../src/lib/work-calendar/ics.ts';
import { calendarYears } from '../../src/queries/work-calendar-years.ts';
import { provisionTextIndex, readYamlDir, readYamlList } from '../support/data.ts';

const texts = provisionTextIndex();
const textOf = (ids: readonly string[]) => ids.map((id) => texts.get(id) ?? '').join('\n');
const obligations = readYamlList('src/content/obligations.yaml').map((x) => obligationSchema.parse(x));
const glossary = readYamlList('src/content/glossary.yaml').map((x) => glossarySchema.parse(x));
const checklists = readYamlDir('src/content/checklists').map(({ id, data }) => ({ id, data: checklistSchema.parse(data) }));
const procedures = readYamlDir('src/content/procedures').map(({ id, data }) => ({ id, data: procedureSchema.parse(data) }));

/** "每年" said as a fact, not in an editor's note that the document does not say it ("原文未写每年"). */
const saysEveryYear = (text: string) => /(?<!未写|不是|没有说)每年/.test(text);

describe('one-off work of 002 (方案年度内一次)', () => {
  // 002 第二条第（四）项: "3月15日至4月15日" 积案化解, "4月份至5月份" 集中宣传, "4月份" 专题培训, "11月份" 优秀案例评选 — no 每年;
  // 第二条第（二）项: "专班成立情况请于3月24日前报送" — once, when the 专班 are set up.
  const ONE_OFF = [
    'ji-an-huajie-huodong',
    'shujie-jizhong-xuanchuan',
    'shujie-zhuanti-peixun',
    'youxiu-anli-pingxuan',
    'shujie-zhuanban-baosong',
  ];

  it('the work 002 schedules for its plan year only is marked `once`', () => {
    for (const id of ONE_OFF) expect(obligations.find((o) => o.id === id)?.once, id).toBe(2023);
  });

  it('an obligation says 每年 only when a provision it cites says 每年 (or 年终 / 上半年…)', () => {
    for (const o of obligations) {
      if (saysEveryYear(o.when)) expect(/每年|年终|上半年|下半年/.test(textOf(o.cites)), `${o.id}: “${o.when}”`).toBe(true);
    }
  });

  it('no one-off obligation appears in any year’s calendar after its plan year, nor in any year’s .ics', () => {
    const oneOff = obligations.filter((o) => !isRecurring(o));
    expect(oneOff.map((o) => o.id).sort()).toEqual([...ONE_OFF].sort());
    for (const o of oneOff) {
      for (let y = o.once! + 1; y <= o.once! + 6; y++) expect(occurrences(o, y), `${o.id} in ${y}`).toEqual([]);
    }
    for (const year of [...calendarYears(), 2023]) {
      const ics = obligationsIcs(
        obligations.map((o) => ({ ...o, citeText: o.cites.join('；') })),
        year,
      );
      for (const o of oneOff) expect(ics, `${o.id} in ${year}.ics`).not.toContain(`UID:${o.id}-`);
    }
  });

  it('a glossary definition says 每年 only when a provision it cites does', () => {
    for (const t of glossary) {
      if (saysEveryYear(t.definition)) expect(textOf(t.usedIn), `${t.id}`).toContain('每年');
    }
  });
});

describe('calendar dates come from the document', () => {
  it('a “N日前” in the calendar grid is a day the cited provision names (003 has no “28日” for 分析研判)', () => {
    for (const o of obligations) {
      for (const occ of occurrences(o, 2026)) {
        const label = occurrenceLabel(occ);
        const day = /^(\d+)日前$/.exec(label)?.[1];
        if (day) expect(textOf(o.cites), `${o.id}: ${label}`).toContain(`${day}日`);
      }
    }
  });
});

describe('glossary', () => {
  /**
   * Statute provisions the glossary paraphrases, with the modal verb each uses (a person's reading
   * of the law's text): 人民调解法 第三十一条 "当事人应当按照约定履行"; 第三十三条 "双方当事人认为有必要的，
   * 可以…共同向人民法院申请司法确认"; 行政复议法 第五条 "可以进行调解。调解应当遵循合法、自愿的原则";
   * 第七十四条 "可以自愿达成和解".
   */
  const STATUTE_MODALS: Record<string, string[]> = {
    '《人民调解法》第三十一条': ['应当'],
    '《人民调解法》第三十三条': ['可以'],
    '《行政复议法》第五条': ['可以', '应当'],
    '《行政复议法》第七十四条': ['可以'],
  };
  const modals = (text: string) => new Set(text.match(/可以|应当|必须|应(?!当)/g) ?? []);
  const sentences = (text: string) => text.split(/(?<=[。；])/).filter((x) => x.trim().length > 0);

  it('every sentence that paraphrases a statute provision keeps that provision’s modal verb and no other', () => {
    let checked = 0;
    for (const t of glossary) {
      for (const sentence of sentences(t.definition)) {
        for (const [source, modal] of Object.entries(STATUTE_MODALS)) {
          if (!sentence.includes(`（见${source}）`)) continue;
          checked++;
          expect([...modals(sentence)], `${t.id}: ${sentence}`).toEqual(modal);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('司法确认: 人民调解法 第三十三条 says 可以 (双方当事人认为有必要的), not 应', () => {
    const d = glossary.find((t) => t.id === 'sifa-queren')!.definition;
    expect(d).toContain('双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认');
    expect(d).not.toMatch(/应自(?:调解)?协议生效之日起/);
  });

  it('every sentence that paraphrases a provision of the site’s documents keeps its modal verb', () => {
    // A glossary sentence close to one provision sentence (most of its words shared) may not turn
    // that provision's 可/可以 into 应/必须, or its 应/应当/必须 into 可以.
    const words = (x: string) => {
      const t = x.replace(/[^\p{Script=Han}0-9]/gu, '');
      return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
    };
    const may = (x: string) => /可以|可(?!能)/.test(x);
    const must = (x: string) => /应|必须|须/.test(x);
    for (const t of glossary) {
      const provisionSentences = t.usedIn.flatMap((id) => (texts.get(id) ?? '').split(/[。；;]/));
      for (const sentence of sentences(t.definition.replace(/（见[^（）]*）/g, ''))) {
        const w = words(sentence);
        if (w.size < 8) continue;
        for (const ps of provisionSentences) {
          const pw = words(ps);
          const shared = [...w].filter((x) => pw.has(x)).length;
          if (shared / w.size < 0.6) continue;
          if (may(ps) && !must(ps)) expect(must(sentence), `${t.id}: “${sentence}” vs “${ps}”`).toBe(false);
          if (must(ps) && !may(ps)) expect(/可以/.test(sentence) && !must(sentence), `${t.id}: “${sentence}” vs “${ps}”`).toBe(false);
        }
      }
    }
  });

  it('claims no link the documents do not make (“据此”, “因此” only where a cited provision says it)', () => {
    for (const t of glossary) {
      for (const word of ['据此', '因此', '依此']) {
        if (t.definition.includes(word)) expect(textOf(t.usedIn), `${t.id}: ${word}`).toContain(word);
      }
    }
  });

  it('definitions that draw on national law say where (“（见《…》…）” or the law named), easy to find for statute links', () => {
    // The terms whose definitions state national law (a person's reading of each definition).
    const FROM_LAW = [
      'renmin-tiaojie',
      'renmin-tiaojie-weiyuanhui',
      'sifa-queren',
      'sifa-tiaojie',
      'xingzheng-fuyi',
      'hejie',
      'teyao-tiaojie',
      'xingzheng-caijue',
    ];
    for (const id of FROM_LAW)
      expect(glossary.find((t) => t.id === id)!.definition, id).toMatch(/（见[^（）]*《[^》]+》[^（）]*）|（见最高人民法院[^（）]*）/);
    expect(glossary.find((t) => t.id === 'xinfang')!.definition).toContain('《信访工作条例》');
  });
});

describe('checklists say what their items cite', () => {
  const CN = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
  it('“汇集自N份文件” counts the documents the items cite', () => {
    let checked = 0;
    for (const { id, data } of checklists) {
      const m = /汇集自([一两二三四五六七八九十]|\d+)份文件/.exec(data.summary);
      if (!m) continue;
      checked++;
      const n = /\d/.test(m[1]!) ? Number(m[1]) : m[1] === '二' ? 2 : CN.indexOf(m[1]!);
      const docs = new Set(data.items.flatMap((i) => i.cites.map((c) => c.split('/')[0])));
      expect(n, `${id}: ${data.summary}`).toBe(docs.size);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('fangdiao-bushiyi: only 不属于人民调解范围 is returned within 3 days (004 第六条第（二）项)', () => {
    const p62 = texts.get('fangdiao-lhasa-2019/6.2')!;
    expect(p62).toContain('认为不属于人民调解范围的矛盾纠纷不予受理的,应在3日内退回信访部门');
    const summary = checklists.find((c) => c.id === 'fangdiao-bushiyi')!.data.summary;
    expect(summary).not.toMatch(/四类[^。]*退回/);
    expect(summary).toMatch(/不属于人民调解范围[^。]*3日内退回/);
  });
});

describe('procedures', () => {
  it('an actor the cited provisions do not name is marked as the editors’ inference', () => {
    // 001 第三条第（三）项 and 000 第三部分第（二）项 never name 行政复议机关 as the one who 查明事实 / 促成和解 / 作出决定.
    for (const { id, data } of procedures) {
      for (const step of data.steps) {
        for (const part of step.actor.split('；')) {
          const body = part.replace(/（[^（）]*）/g, '').trim();
          if (body === '行政复议机关' && !textOf(step.cites).includes('行政复议机关')) {
            expect(part, `${id}/${step.id}: ${step.actor}`).toMatch(/推定/);
          }
        }
      }
    }
    const inferred = procedures.find((p) => p.id === 'fuyi-tiaojie')!.data.steps.filter((s) => s.actor.includes('推定'));
    expect(inferred.map((s) => s.id)).toEqual(['chaming-shishi', 'cucheng-hejie', 'fuyi-jueding']);
  });
});
