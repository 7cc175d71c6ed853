/**
 * The working-day calendar the calculator ships: chinese-days plus the override files of
 * src/content/calendar-overrides/. Not a content collection (that folder is usually empty, and an
 * empty collection makes every build warn): each file is validated here, once, by its schema,
 * and a year given by two files fails the build.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { fromChineseDays, type CalendarData } from '../lib/deadline/holiday-calendar.ts';
import { overridesByYear, type CalendarOverride } from '../lib/deadline/holiday-overrides.ts';
import { calendarOverrideSchema } from '../schemas/calendar-override.ts';
import { validate } from '../schemas/errors.ts';
import { CONTENT_DIR, readYamlDir } from '../node/content.ts';

export const OVERRIDES_DIR = `${CONTENT_DIR}/calendar-overrides`;

/** The override files, validated; throws with every problem (file, field, expected) when any is wrong. */
export function readCalendarOverrides(dir = OVERRIDES_DIR): CalendarOverride[] {
  const problems: string[] = [];
  const entries: { file: string; data: CalendarOverride }[] = [];
  for (const { file, data } of readYamlDir(dir)) {
    const result = validate(calendarOverrideSchema, data, file);
    if (result.ok) entries.push({ file, data: result.value });
    else problems.push(...result.errors);
  }
  if (problems.length > 0) throw new Error(`节假日覆盖数据有误：\n${problems.join('\n')}`);
  return overridesByYear(entries);
}

let calendar: CalendarData | undefined;

export function getCalendarData(): Promise<CalendarData> {
  calendar ??= fromChineseDays(chineseDays, readCalendarOverrides());
  return Promise.resolve(calendar);
}
