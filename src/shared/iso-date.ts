/**
 * The calendar-date primitives that both the content schemas (src/schemas/) and the date logic
 * (src/lib/text/dates.ts) need: what a real "YYYY-MM-DD" date is, and its weekday. Kept here,
 * importing nothing, so schemas do not depend on lib and each rule still has one place.
 *
 * Arithmetic goes through a UTC day number so that results never depend on the machine's time
 * zone (a local-time Date can skip or repeat a day at DST changes).
 */

/** An ISO calendar date "YYYY-MM-DD". A plain string so it serialises as-is. */
export type IsoDate = string;

export type DateCheck =
  | { ok: true; date: IsoDate }
  | { ok: false; reason: 'empty' | 'format' | 'month' | 'day'; year?: number; month?: number; daysInMonth?: number };

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_CN = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year, month and day name a real day; the date normalised to "YYYY-MM-DD" when they do. */
export function checkDateParts(year: number, month: number, day: number): DateCheck {
  if (month < 1 || month > 12) return { ok: false, reason: 'month', year, month };
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return { ok: false, reason: 'day', year, month, daysInMonth: dim };
  return { ok: true, date: makeDate(year, month, day) };
}

/** Strict check (no trimming, no single-digit parts) that also says why a string is not a date. */
export function checkIsoDate(text: string): DateCheck {
  if (text === '') return { ok: false, reason: 'empty' };
  const m = ISO_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  return checkDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function ymd(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01 (UTC). setUTCFullYear avoids Date.UTC's 0–99 → 1900s quirk. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = ymd(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday (4). */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

export function weekdayCn(date: IsoDate): string {
  return WEEKDAY_CN[weekday(date)] ?? '';
}
