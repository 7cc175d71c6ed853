/**
 * Calendar questions: when an obligation of the annual work calendar falls, among other obligations' real
 * times. Choices are the data's `timing` (the time alone) in one bare form: a choice that named its activity
 * would be wrong for any other activity on its face, one with a hedge (原则上, 至少) would stand out.
 */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { bareTiming, quote, whenChoice } from './text.ts';
import type { ProvisionQuote, StudyObligation } from './types.ts';

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Months an obligation falls in; every month when the document names none (the calendar's month is a guess). */
function dueMonths(o: StudyObligation): Set<number> {
  const all = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const s = o.schedule;
  if (/未(?:规定|写明?)[^；。）]*月/.test(o.when)) return all;
  switch (s.freq) {
    case 'monthly':
    case 'semimonthly':
    case 'event':
      return all;
    case 'quarterly':
      return new Set([0, 3, 6, 9].map((m) => m + s.monthOfQuarter));
    case 'semiannual':
    case 'yearly':
      return new Set(s.months);
    case 'range': {
      const from = Number(s.start.slice(0, 2));
      const to = Number(s.end.slice(0, 2));
      const out = new Set<number>();
      for (let m = from; ; m = (m % 12) + 1) {
        out.add(m);
        if (m === to || out.size === 12) break;
      }
      return out;
    }
  }
}

/** How many times a year a schedule falls; undefined for an event deadline. A one-off campaign counts once. */
function perYear(s: StudyObligation['schedule']): number | undefined {
  switch (s.freq) {
    case 'monthly':
      return 12;
    case 'semimonthly':
      return 24;
    case 'quarterly':
      return 4;
    case 'semiannual':
      return 2;
    case 'yearly':
    case 'range':
      return 1;
    case 'event':
      return undefined;
  }
}

const DAY_PRECISE = /\d+月\d+日/;

const atLeast = (o: StudyObligation) => /至少/.test(o.timing ?? whenChoice(o.when));

/**
 * Whether `other`'s time could also be said of `asked`, so it cannot be a wrong choice for it: the
 * same schedule; a lower bound ("每年至少组织一次" is true of anything done yearly or more often);
 * the same number of times a year unless both name months and share none, or both are given to the day and differ — "每年上半年和下半年各一次"
 * is "每半年一次", "年终" falls in "每年第四季度", a yearly task without a month may fall in "11月份".
 * A different count a year ("每季度一次" against "每半年一次") is a different rule, and one-off event
 * deadlines are told apart by their kind.
 */
export function timesClash(asked: StudyObligation, other: StudyObligation): boolean {
  if (stableJson(asked.schedule) === stableJson(other.schedule)) return true;
  if (asked.schedule.freq === 'event' || other.schedule.freq === 'event') return false;
  if (atLeast(other)) return true;
  if (perYear(asked.schedule) !== perYear(other.schedule)) return false;
  // Two times the documents give to the day ("3月24日前", "3月15日至4月15日") are different unless they are the same words.
  if (DAY_PRECISE.test(asked.timing ?? '') && DAY_PRECISE.test(other.timing ?? '')) return asked.timing === other.timing;
  const mb = dueMonths(other);
  return [...dueMonths(asked)].some((m) => mb.has(m));
}

/** Monthly work, yearly-scale work (quarterly to yearly), one-off dated campaigns: a time is asked among its own scale first. */
function scale(o: StudyObligation): 'month' | 'year' | 'date' | 'event' {
  if (o.schedule.freq === 'event') return 'event';
  if (o.schedule.freq === 'monthly' || o.schedule.freq === 'semimonthly') return 'month';
  return o.once === undefined ? 'year' : 'date';
}

/**
 * Times that could be said of one another, clustered (4月份, 3月15日至4月15日 and 4月份至5月份 are one
 * spring cluster; "每半年一次" and "每年上半年和下半年各一次" one; "年终" and "每年第四季度一次" one): at most
 * one of a cluster is offered, so two choices never say the same thing and the key is never the one
 * season unlike the others.
 */
function clashGroups(obligations: readonly StudyObligation[]): Map<string, string> {
  const clusters: StudyObligation[][] = [];
  // A lower bound ("每年至少一次") is never offered (it clashes with every time) and would chain all yearly times into one.
  for (const o of obligations.filter((x) => !atLeast(x))) {
    const hit = clusters.filter((c) => c.some((x) => timesClash(o, x) || timesClash(x, o)));
    for (const c of hit) clusters.splice(clusters.indexOf(c), 1);
    clusters.push([o, ...hit.flat()]);
  }
  return new Map(
    clusters.flatMap((c) =>
      c.map(
        (o) =>
          [
            o.id,
            c
              .map((x) => x.id)
              .sort()
              .join('|'),
          ] as const,
      ),
    ),
  );
}

/** A frequency ("每季度一次") or a date ("11月份", "年终"): the key may not be the only one of its shape. */
const isFrequency = (t: string) => t.startsWith('每');

const TITLE_TIME = /[月季年]报|年终|年度|半年|季度|每月|每年/;

export function calendarQuestions(
  bank: Bank,
  obligations: readonly StudyObligation[],
  provisions?: ReadonlyMap<string, ProvisionQuote>,
): void {
  const timed = obligations.filter((o) => o.timing !== undefined);
  for (const o of obligations.filter((x) => x.timing === undefined)) {
    bank.skip(`calendar:${o.id}`, '数据没有只含时间的说法（timing），时间要求与活动内容写在一起，不能作选项');
  }
  const groups = clashGroups(timed);
  // The half of the year a dated time falls in ("11月份" late, "3月24日前" early); undefined for a frequency or a time spanning both.
  const halfOf = new Map(
    timed.map((x) => {
      const months = [...dueMonths(x)];
      const half = isFrequency(bareTiming(x.timing ?? ''))
        ? undefined
        : months.every((m) => m >= 7)
          ? 'late'
          : months.every((m) => m <= 6)
            ? 'early'
            : undefined;
      return [bareTiming(x.timing ?? ''), half] as const;
    }),
  );
  for (const o of timed) {
    // "行政争议信息排查月报": the name already says how often, and only the key says it too.
    if (TITLE_TIME.test(o.title)) {
      bank.skip(`calendar:${o.id}`, `事项名称${quote(o.title)}已说明时间，不看条文也能选出`);
      continue;
    }
    const wrong = (scales: readonly string[]) =>
      timed
        .filter((x) => x.id !== o.id && scales.includes(scale(x)) && !timesClash(o, x))
        .map((x) => ({
          text: bareTiming(x.timing ?? ''),
          note: `${quote(x.timing ?? '')}是${quote(x.title)}的时间要求`,
          group: groups.get(x.id),
        }));
    const own = scale(o);
    // Same scale first (yearly among yearly, monthly among monthly), then the neighbouring one.
    const next = own === 'month' ? ['year'] : own === 'year' ? ['date', 'month'] : own === 'date' ? ['year', 'month'] : [];
    const timing = o.timing ?? '';
    const right = bareTiming(timing);
    // 至少 sets a floor, not the time (fifth review, Q53): dropping it from the key would make 每半年一次 true as well.
    // A lower bound is asked as one ("至少多久一次"), among frequencies only; 原则上 and 一般 leave the rule as it is.
    const floor = atLeast(o);
    const tiers = [wrong([own]), ...next.map((s) => wrong([s]))];
    bank.single({
      id: `calendar:${o.id}`,
      topic: 'calendar',
      prompt: floor
        ? `${quote(o.title)}至少多久一次？（选项只写时间，略去“原则上”“一般”等限定词）`
        : `${quote(o.title)}安排在何时？（选项只写时间，略去“原则上”“一般”等限定词）`,
      right: { text: right },
      tiers: floor ? tiers.map((t) => t.filter((c) => isFrequency(c.text))) : tiers,
      tell: (chosen) => {
        if (chosen.length > 0 && chosen.every((c) => isFrequency(c.text) !== isFrequency(right)))
          return isFrequency(right) ? '只有答案是频次，其余都是日期' : '只有答案是日期，其余都是频次';
        // A year's best cases are picked late in the year (sixth review, Q44): the key may not be the only late date.
        const half = halfOf.get(right);
        if (half === 'late' && chosen.every((c) => halfOf.get(c.text) !== half)) return '只有答案在下半年';
        // A 报送 takes a deadline (sixth review, Q37): "3月24日前" may not be the only time ending in 前.
        if (/前$/.test(right) && chosen.every((c) => !/前$/.test(c.text))) return '只有答案是截止时间（……前）';
        return undefined;
      },
      explanation: `正确答案是${quote(right)}${right === timing ? '' : `（文件的说法是${quote(timing)}）`}${o.once === undefined ? '' : `（方案年度内一次（${o.once}年））`}。要求：${o.when}（负责：${o.who}）。${provisionQuote(provisions, o.cites, [timing, o.title])}`,
      cites: o.cites,
      source: `obligations#${o.id}`,
    });
  }
}
