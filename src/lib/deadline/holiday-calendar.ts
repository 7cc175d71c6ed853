/**
 * China's official working-day calendar: statutory holidays and make-up
 * working days (调休上班), built from the chinese-days package plus
 * hand-entered overrides for years the package does not cover.
 */
import { addDays, isWeekend, yearOf, type IsoDate } from '../text/dates.ts';
import { validateCalendarOverride, type CalendarOverride } from './holiday-overrides.ts';

export type { CalendarOverride } from './holiday-overrides.ts';

/** Compact and JSON-serialisable: this object is shipped to the browser. */
export type CalendarData = {
  /** Years whose official arrangement is known, ascending. */
  years: number[];
  /** date → Chinese holiday name, e.g. "国庆节". */
  holidays: Record<IsoDate, string>;
  /** make-up working date → name of the holiday it belongs to. */
  makeupWorkdays: Record<IsoDate, string>;
};

/** Shape of node_modules/chinese-days/dist/chinese-days.json; values are "English,中文,n". */
export type ChineseDaysJson = {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays?: Record<string, string>;
};

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** "National Day,国庆节,3" → "国庆节"; falls back to the raw value if the format changes. */
function chineseName(value: string): string {
  const parts = value.split(',');
  return (parts.length >= 3 ? parts[parts.length - 2] : value)?.trim() ?? value;
}

function namesOutside(source: Record<string, string>, dropYears: ReadonlySet<number>): Record<IsoDate, string> {
  const out: Record<IsoDate, string> = {};
  for (const [date, value] of Object.entries(source)) {
    if (!dropYears.has(yearOf(date))) out[date] = chineseName(value);
  }
  return out;
}

/** Sorted keys keep the serialised JSON stable between builds. */
function sortedRecord(r: Record<IsoDate, string>): Record<IsoDate, string> {
  const out: Record<IsoDate, string> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] ?? '';
  return out;
}

/**
 * inLieuDays are ignored: in the package they are already listed among the
 * holidays, and for counting a day off is a day off whatever its origin.
 * An override year replaces everything the package says about that year.
 */
export function fromChineseDays(json: ChineseDaysJson, overrides: readonly CalendarOverride[] = []): CalendarData {
  const problems = overrides.flatMap(validateCalendarOverride);
  if (problems.length > 0) throw new Error(`节假日覆盖数据有误：\n${problems.join('\n')}`);
  const overrideYears = new Set(overrides.map((o) => o.year));
  const holidays = namesOutside(json.holidays, overrideYears);
  const makeupWorkdays = namesOutside(json.workdays, overrideYears);
  for (const o of overrides) {
    for (const d of o.holidays) holidays[d.date] = d.name;
    for (const d of o.makeupWorkdays) makeupWorkdays[d.date] = d.name;
  }
  const years = new Set<number>([...Object.keys(json.holidays).map(yearOf), ...overrideYears]);
  return {
    years: [...years].sort((a, b) => a - b),
    holidays: sortedRecord(holidays),
    makeupWorkdays: sortedRecord(makeupWorkdays),
  };
}

export function coversYear(cal: CalendarData, year: number): boolean {
  return cal.years.includes(year);
}

/** Outside the covered years only weekends are rest days (no data to say otherwise). */
export function dayKind(cal: CalendarData, date: IsoDate): DayKind {
  if (cal.holidays[date] !== undefined) return 'holiday';
  if (cal.makeupWorkdays[date] !== undefined) return 'makeup';
  return isWeekend(date) ? 'weekend' : 'workday';
}

export function isWorkingDay(cal: CalendarData, date: IsoDate): boolean {
  const kind = dayKind(cal, date);
  return kind === 'workday' || kind === 'makeup';
}

/** The holiday a date belongs to (for a make-up day: the holiday it pays for). */
export function holidayName(cal: CalendarData, date: IsoDate): string | undefined {
  return cal.holidays[date] ?? cal.makeupWorkdays[date];
}

/** First working day on or after date. */
export function firstWorkingDayFrom(cal: CalendarData, date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(cal, d)) d = addDays(d, 1);
  return d;
}
