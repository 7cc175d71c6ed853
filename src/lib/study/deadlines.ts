/**
 * Deadline questions: how long, how far it extends. A 日 or 工作日 question offers two real figures, each in both
 * units (3日 / 3个工作日 / 15日 / 15个工作日), so neither the figure printed twice nor the unit most choices use is the key.
 */
import { toChineseNumeral } from '../provisions/numbering.ts';
import type { Bank, Candidate } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { formatPeriod, normalizeChoice, quote } from './text.ts';
import type { ProvisionQuote, StudyDeadline, StudyProcedure, StudyStep, Unit } from './types.ts';
import { DEADLINE_PROVISIONS } from '../deadline/rules.ts';

/**
 * The documents say only "N日"; what happens when the last day is a holiday is the civil-law default
 * (民法典 203(1), applying unless a law says otherwise, 204), which the site's calculator follows. The
 * explanation keeps the two apart, and never claims "natural days", which neither 201 nor 203 says.
 */
function dayPeriodSentence(provisions: ReadonlyMap<string, ProvisionQuote> | undefined): string {
  const q = provisions?.get(DEADLINE_PROVISIONS.restDayRoll);
  const lead = '文件写的是“日”，不是“工作日”。';
  if (!q) return lead;
  return `${lead}文件没有规定最后一日遇法定休假日怎样处理；本站的期限计算器按民法典的一般规定顺延，${q.cite}：“${q.text.replace(/^第[零〇一二三四五六七八九十百千]+条[\s\u3000]*/, '').replace(/。$/, '')}”。`;
}

/** Where a period starts, as the data gives it; when the document names no start, only that. */
function startText(from: string): string {
  return /未写明?起算点/.test(from) ? '原文未写起算点' : `自${from}起算`;
}

interface Period {
  count: number;
  unit: Unit;
}

const periodText = (p: Period): string => formatPeriod(p.count, p.unit);

/** 1个月 vs 30日, 1年 vs 12个月: different words for about the same span are not fair distractors. */
function roughlyEqual(a: Period, b: Period): boolean {
  const days = (p: Period): number[] => {
    if (p.unit === 'day') return [p.count];
    if (p.unit === 'month') return [28, 29, 30, 31].map((d) => d * p.count);
    if (p.unit === 'year') return [365 * p.count, 366 * p.count];
    return [];
  };
  if (a.unit === b.unit) return a.count === b.count;
  if ((a.unit === 'month' && b.unit === 'year') || (a.unit === 'year' && b.unit === 'month')) {
    const months = (p: Period) => (p.unit === 'year' ? p.count * 12 : p.count);
    return months(a) === months(b);
  }
  const db = days(b);
  return days(a).some((d) => db.includes(d));
}

function extendedTotal(d: StudyDeadline): number | undefined {
  if (!d.extension) return undefined;
  if (d.extension.maxTotal !== undefined) return d.extension.maxTotal;
  if (d.extension.additional !== undefined) return d.count + d.extension.additional;
  return undefined;
}

interface DeadlineRef {
  procedure: StudyProcedure;
  step: StudyStep;
  deadline: StudyDeadline;
}

/** Every period the documents set: the deadlines and their extended lengths, with where each comes from. */
function dataPeriods(refs: readonly DeadlineRef[]): { period: Period; note: string; procedure: string }[] {
  const out: { period: Period; note: string; procedure: string }[] = [];
  for (const { procedure, deadline: d } of refs) {
    out.push({
      period: { count: d.count, unit: d.unit },
      note: `${formatPeriod(d.count, d.unit)}是${procedure.data.title}中${quote(d.quizLabel ?? d.label)}的期限`,
      procedure: procedure.id,
    });
    const total = extendedTotal(d);
    if (total !== undefined) {
      out.push({
        period: { count: total, unit: d.unit },
        note: `${formatPeriod(total, d.unit)}是${procedure.data.title}中${quote(d.quizLabel ?? d.label)}延长后的最长期限`,
        procedure: procedure.id,
      });
    }
  }
  return out;
}

/** Wrong periods, in tiers: real periods with the same unit, the misreadings of this rule, real periods in other units. */
function periodTiers(
  right: Period,
  misreadings: { period: Period; note: string }[],
  data: { period: Period; note: string }[],
): Candidate[][] {
  const ok = (p: Period) => p.count > 0 && !roughlyEqual(p, right);
  const toCandidate = (x: { period: Period; note: string }): Candidate => ({ text: periodText(x.period), note: x.note });
  return [
    data.filter((x) => x.period.unit === right.unit && ok(x.period)).map(toCandidate),
    misreadings.filter((x) => ok(x.period)).map(toCandidate),
    data.filter((x) => x.period.unit !== right.unit && ok(x.period)).map(toCandidate),
  ];
}

/** The words a provision uses for a period: "15日", "十五日", "30个工作日", "三十个工作日". */
function periodKeys(p: Period): string[] {
  const unit = periodText(p).slice(String(p.count).length);
  return p.count <= 99 ? [periodText(p), `${toChineseNumeral(p.count)}${unit}`] : [periodText(p)];
}

/**
 * The same figure in the other unit (3日 for 3个工作日): always one of the wrong choices of a day or working-day
 * question, so the question tests the unit too and no sibling question's options give the unit away (fifth
 * review, Q5–Q18). A real period of that length is described as such; otherwise as the misread unit.
 */
function otherUnitTwin(p: Period, data: readonly { period: Period; note: string }[]): Candidate[] {
  if (p.unit !== 'day' && p.unit !== 'workday') return [];
  const twin: Period = { count: p.count, unit: p.unit === 'day' ? 'workday' : 'day' };
  const real = data.find((x) => x.period.count === twin.count && x.period.unit === twin.unit);
  const note = real?.note ?? `${periodText(twin)}把文件的${quote(periodText(p))}换成了另一种计算单位`;
  return [{ text: periodText(twin), note }];
}

/**
 * Two figures × two units (sixth review, Q1–Q10): with only the key's figure doubled, "the doubled figure in the
 * unit most choices use" answered every question. The second figure is the first of `preferred` (a misreading of
 * this rule, else a real period of the same procedure, else any real period) that differs from the key's figure.
 * Undefined when the key is not in 日 or 工作日, or no second figure exists.
 */
function twoByTwo(
  right: Period,
  preferred: readonly { period: Period; note: string }[],
  data: readonly { period: Period; note: string }[],
): Candidate[][] | undefined {
  if (right.unit !== 'day' && right.unit !== 'workday') return undefined;
  const other = (p: Period): Period => ({ count: p.count, unit: p.unit === 'day' ? 'workday' : 'day' });
  const m = preferred.find(
    (x) =>
      (x.period.unit === 'day' || x.period.unit === 'workday') &&
      x.period.count > 0 &&
      x.period.count !== right.count &&
      !roughlyEqual(x.period, right) &&
      !roughlyEqual(other(x.period), right),
  );
  if (!m) return undefined;
  const mTwin = other(m.period);
  const real = data.find((x) => x.period.count === mTwin.count && x.period.unit === mTwin.unit);
  return [
    otherUnitTwin(right, data),
    [
      { text: periodText(m.period), note: m.note },
      { text: periodText(mTwin), note: real?.note ?? `${periodText(mTwin)}是把${quote(periodText(m.period))}换成了另一种计算单位` },
    ],
  ];
}

/** What the unit of a day or working-day period means, said once in the explanation of every question on it. */
function unitSentence(unit: Unit, provisions: ReadonlyMap<string, ProvisionQuote> | undefined): string {
  if (unit === 'day') return dayPeriodSentence(provisions);
  if (unit === 'workday') return '文件明确写“工作日”，法定节假日和休息日不计入。';
  return '';
}

export function deadlineQuestions(
  bank: Bank,
  procedures: readonly StudyProcedure[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const refs: DeadlineRef[] = procedures.flatMap((procedure) =>
    procedure.data.steps.flatMap((step) => step.deadlines.map((deadline) => ({ procedure, step, deadline }))),
  );
  const data = dataPeriods(refs);

  for (const { procedure, step, deadline: d } of refs) {
    const p = procedure.data;
    const key = `${procedure.id}/${d.id}`;
    const source = `procedures/${procedure.id}#${d.id}`;
    const right: Period = { count: d.count, unit: d.unit };
    const rightText = periodText(right);
    const sameLabel = refs.filter(
      (r) => r.procedure === procedure && r.deadline !== d && normalizeChoice(r.deadline.label) === normalizeChoice(d.label),
    );
    if (sameLabel.length > 0) {
      bank.skip(`deadline:${key}`, `同一程序中有名称相同的期限${quote(d.label)}`);
      continue;
    }
    const label = d.quizLabel ?? d.label;
    const what = label.endsWith('期限') ? `${quote(label)}` : `${quote(label)}的期限`;
    const base = `${p.title}${quote(step.name)}一步：${label}，期限为${rightText}，${startText(d.from)}`;
    const cite = (keys: string[]) => provisionQuote(provisions, d.cites, keys);
    // The unit question is gone (fifth review): each question on the period says what its unit means.
    const unitNote = unitSentence(d.unit, provisions);
    const cites =
      d.unit === 'day' && provisions?.has(DEADLINE_PROVISIONS.restDayRoll) ? [...d.cites, DEADLINE_PROVISIONS.restDayRoll] : d.cites;

    // 1. How long is the period?
    const ext = d.extension;
    const extText = !ext
      ? ''
      : ext.maxTotal !== undefined
        ? `；${ext.condition}的，最长不超过${formatPeriod(ext.maxTotal, d.unit)}`
        : `；${ext.condition}的，可再延长不超过${formatPeriod(ext.additional ?? 0, d.unit)}`;
    // With no other period in its unit, the key is the one 个月 among 工作日 and wins as the odd one out.
    const ownFirst = (first: readonly { period: Period; note: string }[], p: Period) => {
      const mine = data.filter((x) => x.procedure === procedure.id);
      return [...first, ...mine.filter((x) => x.period.unit === p.unit), ...mine, ...data.filter((x) => x.period.unit === p.unit), ...data];
    };
    const tiers = twoByTwo(right, ownFirst([], right), data) ?? [otherUnitTwin(right, data), ...periodTiers(right, [], data)];
    if (tiers[1]!.length === 0) {
      bank.skip(`deadline:${key}`, `文件中没有其他以${quote(rightText.replace(/^\d+/, ''))}计的期限，答案会是唯一这样计的选项`);
    } else
      bank.single({
        id: `deadline:${key}`,
        topic: 'deadline',
        // A period that may be extended has two figures; the 最长期限 is the other one (fangdiao 6.3).
        prompt: `在${p.title}程序中，${what}${ext ? '（不含延长）' : ''}是多少？`,
        right: { text: rightText },
        tiers,
        explanation: `正确答案是${quote(rightText)}。${base}${extText}。${unitNote}${cite([...periodKeys(right), d.label])}`,
        cites,
        source,
      });

    // 2. How far can it be extended?
    if (ext) {
      const id = `deadline-extension:${key}`;
      if (ext.maxTotal !== undefined) {
        if (ext.maxTotal <= d.count) {
          bank.skip(id, `延长后的最长期限（${ext.maxTotal}）不大于原期限（${d.count}），数据有误`);
        } else {
          const answer: Period = { count: ext.maxTotal, unit: d.unit };
          const misreadings = [
            {
              period: { count: d.count + ext.maxTotal, unit: d.unit },
              note: `${formatPeriod(d.count + ext.maxTotal, d.unit)}是把“最长不超过${periodText(answer)}”误读为“再延长${periodText(answer)}”`,
            },
            { period: right, note: `${rightText}是延长前的原期限` },
          ];
          bank.single({
            id,
            topic: 'deadline',
            prompt: `在${p.title}程序中，${what}，${ext.condition}的，最长可延长至多少（含原期限）？`,
            right: { text: periodText(answer) },
            // The original period first: 15日 against 30日 asks exactly what the extension adds.
            tiers: twoByTwo(answer, ownFirst([...misreadings].reverse(), answer), data) ?? [
              otherUnitTwin(answer, data),
              misreadings.map((x) => ({ text: periodText(x.period), note: x.note })),
              ...periodTiers(answer, [], data),
            ],
            explanation: `正确答案是${quote(periodText(answer))}（含原来的${rightText}）。${base}；${ext.condition}的，可以延长，但总共不超过${periodText(answer)}。${unitNote}${cite([...periodKeys(answer), d.label])}`,
            cites,
            source,
          });
        }
      } else if (ext.additional !== undefined) {
        const answer: Period = { count: ext.additional, unit: d.unit };
        const total: Period = { count: d.count + ext.additional, unit: d.unit };
        const misreadings = [{ period: total, note: `${periodText(total)}是延长后的总期限，不是可再延长的期限` }];
        bank.single({
          id,
          topic: 'deadline',
          prompt: `在${p.title}程序中，${what}，${ext.condition}的，最多可再延长多少（不含原期限）？`,
          right: { text: periodText(answer) },
          tiers: twoByTwo(answer, ownFirst(misreadings, answer), data) ?? [
            otherUnitTwin(answer, data),
            ...periodTiers(answer, misreadings, data),
          ],
          explanation: `正确答案是${quote(periodText(answer))}。${base}；${ext.condition}的，可再延长不超过${periodText(answer)}，即总共最长${periodText(total)}。${unitNote}${cite([...periodKeys(answer), d.label, '延长'])}`,
          cites,
          source,
        });
      }
    }
  }
}
