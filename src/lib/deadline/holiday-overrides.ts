/**
 * Hand-entered holiday arrangements (src/content/calendar-overrides/) are validated by their
 * schema; what a single file cannot check is that no two files claim the same year. Which one
 * would win would depend on load order, so that is an error.
 */
import type { CalendarOverride } from '../../schemas/calendar-override.ts';

export type { CalendarOverride } from '../../schemas/calendar-override.ts';

/** The files that give the same year twice, as messages for the editor; empty when none does. */
export function duplicateYears(files: readonly { file: string; year: number }[]): string[] {
  const byYear = new Map<number, string[]>();
  for (const f of files) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f.file]);
  return [...byYear]
    .filter(([, names]) => names.length > 1)
    .map(([year, names]) => `${names.join('、')}：都写了 year: ${year}，同一年份只能有一个覆盖文件（合并为 ${year}.yaml）`);
}

/** Overrides by year, ascending; throws on a duplicate year. */
export function overridesByYear(entries: readonly { file: string; data: CalendarOverride }[]): CalendarOverride[] {
  const dup = duplicateYears(entries.map((e) => ({ file: e.file, year: e.data.year })));
  if (dup.length > 0) throw new Error(`节假日覆盖数据有误：\n${dup.join('\n')}`);
  return entries.map((e) => e.data).sort((a, b) => a.year - b.year);
}
