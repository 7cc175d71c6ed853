/** The working-day calendar the calculator ships: chinese-days plus validated overrides. */
import { getCollection } from 'astro:content';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { fromChineseDays, type CalendarData } from '../lib/deadline/holiday-calendar.ts';
import { mergeOverrides } from '../lib/deadline/holiday-overrides.ts';

let calendar: Promise<CalendarData> | undefined;

export function getCalendarData(): Promise<CalendarData> {
  calendar ??= getCollection('calendarOverrides').then((entries) =>
    fromChineseDays(chineseDays, mergeOverrides(entries.map((e) => ({ ...e.data, makeupWorkdays: e.data.makeupWorkdays })))),
  );
  return calendar;
}

export async function getOverrideNotices(): Promise<{ year: number; notice: string }[]> {
  return (await getCollection('calendarOverrides')).map((e) => ({ year: e.data.year, notice: e.data.notice }));
}
