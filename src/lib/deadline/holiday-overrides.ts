/**
 * Hand-entered holiday arrangements for a year the chinese-days package does
 * not cover yet (the State Council publishes each year's notice in the autumn
 * before). The rules an override must meet are in src/schemas/calendar-override-rules.ts:
 * the schema of src/content/calendar-overrides/ runs them at build time, and the calendar
 * refuses data that fails them, so a typo fails loudly instead of silently shifting a deadline.
 */
import { overrideProblems, type CalendarOverride } from '../../schemas/calendar-override-rules.ts';

export type { CalendarOverride, OverrideDay, OverrideProblem } from '../../schemas/calendar-override-rules.ts';

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
