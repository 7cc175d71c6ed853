/**
 * What a hand-entered holiday arrangement (src/content/calendar-overrides/<year>.yaml) must meet:
 * real dates, every date in the file's year (or the previous December when the notice lists it),
 * make-up workdays on weekends, no date twice. No zod here, so the holiday calendar (which the
 * browser bundles) can refuse bad data with the same rules the schema applies at build time.
 */
import { isWeekend, weekdayCn, yearOf, type IsoDate } from '../shared/iso-date.ts';
import { isoDateProblem } from './date-check.ts';

export type OverrideDay = { date: IsoDate; name: string };

export type CalendarOverride = {
  year: number;
  /** The notice the data was copied from, e.g. "国办发明电〔2026〕X号". */
  notice: string;
  /** Date the notice was issued, if known. */
  noticeDate?: string | undefined;
  /**
   * True only when the notice itself lists days of the previous December (a New Year
   * make-up day, say); otherwise every date must fall in `year`.
   */
  includesPriorDecember?: boolean | undefined;
  holidays: OverrideDay[];
  makeupWorkdays: OverrideDay[];
};

export interface OverrideProblem {
  /** Where in the file, as the schema reports it: ['makeupWorkdays', 0, 'date']. */
  path: (string | number)[];
  message: string;
}

/** Problems with one override, each with its place in the file; empty when it is usable. */
export function overrideProblems(o: CalendarOverride): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (!Number.isInteger(o.year) || o.year < 1900 || o.year > 2200) add(['year'], `年份无效：${String(o.year)}`);
  if (o.notice.trim() === '') add(['notice'], `${o.year}年：须注明数据来源（国务院办公厅通知文号）`);
  if (o.noticeDate !== undefined) {
    const problem = isoDateProblem(o.noticeDate);
    if (problem) add(['noticeDate'], `${o.year}年：通知日期无效，${problem}`);
  }
  const seen = new Set<string>();
  const lists = [
    ['holidays', o.holidays],
    ['makeupWorkdays', o.makeupWorkdays],
  ] as const;
  for (const [list, days] of lists) {
    days.forEach((d, i) => {
      const problem = isoDateProblem(d.date);
      if (problem) add([list, i, 'date'], `${o.year}年：日期无效，${problem}`);
      else {
        const inYear = yearOf(d.date) === o.year;
        const priorDecember = yearOf(d.date) === o.year - 1 && d.date.slice(5, 7) === '12';
        if (!inYear && !(priorDecember && o.includesPriorDecember === true)) {
          add(
            [list, i, 'date'],
            priorDecember
              ? `${o.year}年：${d.date} 是上一年12月；只有通知本身列出上一年12月的安排时才可写入，并须在文件中写 includesPriorDecember: true`
              : `${o.year}年：${d.date} 不属于该年度（${o.year}.yaml 只能写 ${o.year} 年的日期）`,
          );
        }
        // A make-up workday is a weekend day worked instead of a holiday; a weekday there is a typo.
        if (list === 'makeupWorkdays' && !isWeekend(d.date)) {
          add(
            [list, i, 'date'],
            `${o.year}年：调休上班日 ${d.date} 是${weekdayCn(d.date)}；调休上班日只能是周六或周日，请对照通知核对日期`,
          );
        }
      }
      if (d.name.trim() === '') add([list, i, 'name'], `${o.year}年：${d.date} 缺少节日名称`);
      if (seen.has(d.date)) add([list, i, 'date'], `${o.year}年：${d.date} 重复出现`);
      seen.add(d.date);
    });
  }
  return problems;
}
