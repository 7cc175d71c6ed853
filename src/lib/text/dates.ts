/**
 * Calendar-date helpers on ISO "YYYY-MM-DD" strings: parsing what people type, arithmetic and
 * Chinese formatting. The primitives (what a real date is, day number, weekday) are in
 * src/shared/iso-date.ts, which the content schemas use too; they are re-exported here so lib and
 * browser code keep one import for dates.
 */
import {
  checkDateParts,
  checkIsoDate,
  daysInMonth,
  fromDayNumber,
  makeDate,
  toDayNumber,
  ymd,
  yearOf,
  type DateCheck,
  type IsoDate,
} from '../../shared/iso-date.ts';

export {
  checkIsoDate,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isWeekend,
  makeDate,
  toDayNumber,
  weekday,
  weekdayCn,
  yearOf,
  ymd,
  type DateCheck,
  type IsoDate,
} from '../../shared/iso-date.ts';

/**
 * Dates as people type them: 2026-9-28, 2026/9/28, 2026.9.28, 2026年9月28日 (日 optional),
 * 20260928, with full-width digits from Chinese input methods and surrounding spaces allowed.
 * On success the date is normalised to "YYYY-MM-DD"; otherwise the reason, as checkIsoDate.
 */
export function parseTypedDate(raw: string): DateCheck {
  const text = raw.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text === '') return { ok: false, reason: 'empty' };
  const m = TYPED_PATTERNS.map((p) => p.exec(text)).find((r) => r !== null);
  if (!m) return { ok: false, reason: 'format' };
  return checkDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

// One separator used throughout (a backreference), so "2026-9/28" is not read as a date.
const TYPED_PATTERNS = [
  /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
].map((re) => ({
  exec(s: string): [string, string, string, string] | null {
    const r = re.exec(s);
    if (!r) return null;
    // The separator pattern captures the separator as group 2; drop it.
    const parts = r.length === 5 ? [r[0], r[1], r[3], r[4]] : [r[0], r[1], r[2], r[3]];
    return parts as [string, string, string, string];
  },
}));

/** Returns the date unchanged when it is a real "YYYY-MM-DD" date, else null. */
export function parseIsoDate(s: string | null | undefined): IsoDate | null {
  if (s == null) return null;
  const r = checkIsoDate(s);
  return r.ok ? r.date : null;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole days from a to b (positive when b is later). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Same day-of-month n months later, or that month's last day when it has no such day. */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = ymd(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return makeDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** "10月1日" */
export function formatCn(date: IsoDate): string {
  const { month, day } = ymd(date);
  return `${month}月${day}日`;
}

/** "2026年10月1日" */
export function formatCnFull(date: IsoDate): string {
  return `${yearOf(date)}年${formatCn(date)}`;
}

/** A document's date as a reader should see it: only the year when only the year is known. */
export function documentDateText(date: IsoDate, kind: 'issued' | 'posted' | 'year-only'): string {
  return kind === 'year-only' ? `${yearOf(date)}年` : date;
}

/** Every date from a to b inclusive (empty when b < a). */
export function eachDay(a: IsoDate, b: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let n = toDayNumber(a), end = toDayNumber(b); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}
