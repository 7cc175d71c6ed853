/**
 * Hand-entered holiday arrangements for a year the chinese-days package does
 * not cover yet (the State Council publishes each year's notice in the autumn
 * before). Checked at build time so a typo fails loudly instead of silently
 * shifting someone's deadline: the schema of src/content/calendar-overrides/
 * runs these same checks, and the calendar refuses data that fails them.
 */
import { isWeekend, isoDateProblem, weekdayCn, yearOf, type IsoDate } from '../text/dates.ts';

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

/** Problems with one override, in Chinese; empty when it is usable. */
export function validateCalendarOverride(o: CalendarOverride): string[] {
  return overrideProblems(o).map((p) => p.message);
}

/** The file is named after its year (src/content/calendar-overrides/2027.yaml holds year: 2027). */
export function overrideFileProblem(fileName: string, year: number): string | null {
  const base = fileName.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return base === String(year) ? null : `文件名应与 year 一致：year: ${year} 的文件应命名为 ${year}.yaml（现为 ${base}.yaml）`;
}

/** Later entries for the same year win, so a corrected notice can be appended. */
export function mergeOverrides(overrides: readonly CalendarOverride[]): CalendarOverride[] {
  const byYear = new Map<number, CalendarOverride>();
  for (const o of overrides) byYear.set(o.year, o);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Files that give the same year twice, as messages for the editor; empty when none does. */
export function duplicateYears(files: readonly { file: string; year: number }[]): string[] {
  const byYear = new Map<number, string[]>();
  for (const f of files) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f.file]);
  return [...byYear]
    .filter(([, names]) => names.length > 1)
    .map(([year, names]) => `${names.join('、')}：都写了 year: ${year}，同一年份只能有一个覆盖文件（合并为 ${year}.yaml）`);
}
