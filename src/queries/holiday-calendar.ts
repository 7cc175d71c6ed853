/** The working-day calendar the calculator ships: chinese-days plus validated overrides. */
import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { fromChineseDays, type CalendarData } from '../lib/deadline/holiday-calendar.ts';
import { duplicateYears, mergeOverrides } from '../lib/deadline/holiday-overrides.ts';

const OVERRIDES_DIR = 'src/content/calendar-overrides';

let calendar: Promise<CalendarData> | undefined;

async function overrideEntries() {
  // The folder is empty between a notice and the next chinese-days release; asking Astro for an
  // empty collection would warn on every build, so it is asked only when there is a file.
  if (!readdirSync(OVERRIDES_DIR).some((f) => f.endsWith('.yaml'))) return [];
  const entries = await getCollection('calendarOverrides');
  // Two files for one year: which one wins would depend on load order, so the build stops.
  const dup = duplicateYears(entries.map((e) => ({ file: e.filePath ?? e.id, year: e.data.year })));
  if (dup.length > 0) throw new Error(`节假日覆盖数据有误：\n${dup.join('\n')}`);
  return entries;
}

export function getCalendarData(): Promise<CalendarData> {
  calendar ??= overrideEntries().then((entries) =>
    fromChineseDays(chineseDays, mergeOverrides(entries.map((e) => ({ ...e.data, makeupWorkdays: e.data.makeupWorkdays })))),
  );
  return calendar;
}
