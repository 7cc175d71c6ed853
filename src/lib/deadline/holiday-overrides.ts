/**
 * Hand-entered holiday arrangements for a year the chinese-days package does
 * not cover yet (the State Council publishes each year's notice in the autumn
 * before). Checked at build time so a typo fails loudly instead of silently
 * shifting someone's deadline.
 */
import { parseIsoDate, yearOf, type IsoDate } from '../text/dates.ts';

export type OverrideDay = { date: IsoDate; name: string };

export type CalendarOverride = {
  year: number;
  /** The notice the data was copied from, e.g. "国办发明电〔2026〕X号". */
  notice: string;
  /** Date the notice was issued, if known. */
  noticeDate?: string | undefined;
  holidays: OverrideDay[];
  makeupWorkdays: OverrideDay[];
};

/** Problems with one override, in Chinese; empty when it is usable. */
export function validateCalendarOverride(o: CalendarOverride): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(o.year) || o.year < 1900 || o.year > 2200) errors.push(`年份无效：${String(o.year)}`);
  if (o.notice.trim() === '') errors.push(`${o.year}年：须注明数据来源（国务院办公厅通知文号）`);
  if (o.noticeDate !== undefined && parseIsoDate(o.noticeDate) === null) errors.push(`${o.year}年：通知日期无效 ${o.noticeDate}`);
  const seen = new Set<string>();
  for (const d of [...o.holidays, ...o.makeupWorkdays]) {
    if (parseIsoDate(d.date) === null) errors.push(`${o.year}年：日期无效 ${d.date}`);
    // A makeup day for New Year may fall in the previous December, so allow year-1.
    else if (yearOf(d.date) !== o.year && yearOf(d.date) !== o.year - 1) errors.push(`${o.year}年：${d.date} 不属于该年度`);
    if (d.name.trim() === '') errors.push(`${o.year}年：${d.date} 缺少节日名称`);
    if (seen.has(d.date)) errors.push(`${o.year}年：${d.date} 重复出现`);
    seen.add(d.date);
  }
  return errors;
}

/** Later entries for the same year win, so a corrected notice can be appended. */
export function mergeOverrides(overrides: readonly CalendarOverride[]): CalendarOverride[] {
  const byYear = new Map<number, CalendarOverride>();
  for (const o of overrides) byYear.set(o.year, o);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
