/**
 * Calendar questions: when an obligation of the annual work calendar falls, among other obligations' real
 * times. Choices are the data's `timing` (the time alone): a choice that named its activity would be
 * wrong for any other activity on its face.
 */
import type { Bank } from './bank.ts';
import { provisionQuote } from './explain.ts';
import { quote, whenChoice } from './text.ts';
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

/**
 * Whether `other`'s time could also be said of `asked`, so it cannot be a wrong choice for it: the
 * same schedule; a lower bound ("每年至少组织一次" is true of anything done yearly or more often);
 * two periodic obligations in a common month ("年终" vs "每年第四季度"; a lower bound asked about
 * counts as any month). Monthly and half-monthly work against periodic work, and one-off event
 * deadlines, are told apart by their frequency.
 */
export function timesClash(asked: StudyObligation, other: StudyObligation): boolean {
  if (stableJson(asked.schedule) === stableJson(other.schedule)) return true;
  if (asked.schedule.freq === 'event' || other.schedule.freq === 'event') return false;
  const atLeast = (o: StudyObligation) => /至少/.test(o.timing ?? whenChoice(o.when));
  if (atLeast(other)) return true;
  const frequent = (o: StudyObligation) => o.schedule.freq === 'monthly' || o.schedule.freq === 'semimonthly';
  if (frequent(asked) || frequent(other)) return false;
  if (atLeast(asked)) return true;
  const mb = dueMonths(other);
  return [...dueMonths(asked)].some((m) => mb.has(m));
}

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
  for (const o of timed) {
    // "行政争议信息排查月报": the name already says how often, and only the key says it too.
    if (TITLE_TIME.test(o.title)) {
      bank.skip(`calendar:${o.id}`, `事项名称${quote(o.title)}已说明时间，不看条文也能选出`);
      continue;
    }
    const wrong = (sameKind: boolean) =>
      timed
        .filter((x) => x.id !== o.id && ((x.once === undefined) === (o.once === undefined)) === sameKind && !timesClash(o, x))
        .map((x) => ({
          text: x.timing ?? '',
          note: `${quote(x.timing ?? '')}是${quote(x.title)}的时间要求`,
          group: stableJson(x.schedule),
        }));
    const right = o.timing ?? '';
    bank.single({
      id: `calendar:${o.id}`,
      topic: 'calendar',
      prompt: `${quote(o.title)}安排在何时？`,
      right: { text: right },
      // One-off campaigns against one-off campaigns, recurring work against recurring work only: a date among
      // frequencies (or the reverse) is the odd one out. Too few of its kind, and the question is not asked.
      tiers: [wrong(true)],
      explanation: `正确答案是${quote(right)}${o.once === undefined ? '' : '（方案年度内一次，不是每年）'}。要求：${o.when}（负责：${o.who}）。${provisionQuote(provisions, o.cites, [right, o.title])}`,
      cites: o.cites,
      source: `obligations#${o.id}`,
    });
  }
}
