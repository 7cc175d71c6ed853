/**
 * Calendar-date helpers on ISO "YYYY-MM-DD" strings.
 *
 * All arithmetic goes through a UTC day number so that results never depend on
 * the machine's time zone (a local-time Date can skip or repeat a day at DST
 * changes, and differs between a build server and a reader's browser).
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

/** Strict check (no trimming, no single-digit parts) that also says why a string is not a date. */
export function checkIsoDate(text: string): DateCheck {
  if (text === '') return { ok: false, reason: 'empty' };
  const m = ISO_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  return checkParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether year, month and day name a real day; the date normalised to "YYYY-MM-DD" when they do. */
function checkParts(year: number, month: number, day: number): DateCheck {
  if (month < 1 || month > 12) return { ok: false, reason: 'month', year, month };
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return { ok: false, reason: 'day', year, month, daysInMonth: dim };
  return { ok: true, date: makeDate(year, month, day) };
}

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
  return checkParts(Number(m[1]), Number(m[2]), Number(m[3]));
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

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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

/**
 * The one date check content schemas use: null when `text` is a real calendar date (or, with
 * `allowMonth`, a real "YYYY-MM"), else what an editor should write instead, in Chinese.
 */
export function isoDateProblem(text: string, options: { allowMonth?: boolean } = {}): string | null {
  const example = options.allowMonth ? 'YYYY-MM-DD 或 YYYY-MM，如 2024-06-13 或 2024-06' : 'YYYY-MM-DD，如 2024-06-13';
  if (options.allowMonth && /^\d{4}-\d{2}$/.test(text)) {
    const month = Number(text.slice(5, 7));
    return month >= 1 && month <= 12 ? null : `“${text}”不是有效的月份（月份为 01–12）`;
  }
  const check = checkIsoDate(text);
  if (check.ok) return null;
  switch (check.reason) {
    case 'empty':
      return `日期不能为空，应写作 ${example}`;
    case 'format':
      return `“${text}”不是日期，应写作 ${example}（月、日都写两位，并加引号）`;
    case 'month':
      return `“${text}”不是有效日期：月份为 01–12`;
    case 'day':
      return `“${text}”不存在：${check.year}年${check.month}月只有${check.daysInMonth}天`;
  }
}
