/** The working-day calendar the calculator ships: chinese-days plus the override files. */
import { getCollection } from 'astro:content';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { fromChineseDays, type CalendarData } from '../lib/deadline/holiday-calendar.ts';
import { overridesByYear } from '../lib/deadline/holiday-overrides.ts';

let calendar: Promise<CalendarData> | undefined;

export function getCalendarData(): Promise<CalendarData> {
  // Each file was validated by the collection's schema; overridesByYear refuses a year given twice.
  calendar ??= getCollection('calendarOverrides').then((entries) =>
    fromChineseDays(chineseDays, overridesByYear(entries.map((e) => ({ file: e.filePath ?? e.id, data: e.data })))),
  );
  return calendar;
}
