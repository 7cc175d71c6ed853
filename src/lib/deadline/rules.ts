/**
 * 期限计算 — deadline arithmetic under the 民法典 provisions on periods (DEADLINE_PROVISIONS),
 * plus working-day (工作日) periods. Pure functions; the page renders the result and its
 * explanation. The explanation names and quotes the provisions through a DeadlineBasis resolved
 * from the statute text at build time, so no article number or wording is typed here.
 */
import {
  addDays,
  addMonthsClamped,
  parseTypedDate,
  eachDay,
  formatCn,
  formatCnFull,
  weekdayCn,
  yearOf,
  ymd,
  type IsoDate,
} from '../text/dates.ts';
import {
  coversYear,
  dayKind,
  firstWorkingDayFrom,
  holidayName,
  isWorkingDay,
  type CalendarData,
  type DayKind,
} from './holiday-calendar.ts';

import { UNITS, UNIT_LABELS, type Unit } from '../../schemas/units.ts';

export { UNITS, UNIT_LABELS, type Unit };

export type DeadlineInput = { start: IsoDate; count: number; unit: Unit };

export type DeadlineField = 'start' | 'count' | 'unit';
export type FieldError = { field: DeadlineField; message: string };
export type DeadlineValidation = { ok: true; value: DeadlineInput } | { ok: false; errors: FieldError[] };

/** Raw form values; undefined is allowed explicitly so `form.get(...) ?? undefined` type-checks. */
export type RawDeadlineInput = { start?: string | null | undefined; count?: string | null | undefined; unit?: string | null | undefined };

export type DeadlineDay = { date: IsoDate; kind: DayKind; counted: boolean; holidayName?: string };

export type DeadlineResult = {
  start: IsoDate;
  count: number;
  unit: Unit;
  /** Last day of the period, after any rest-day roll. */
  due: IsoDate;
  /** For day/month/year: the due date before the 第二百零三条 roll; for workday equal to due. */
  nominalDue: IsoDate;
  rolled: boolean;
  /** Years touched by start..due that the calendar has no official data for. */
  missingYears: number[];
  explanation: string[];
  /** Every day from start to due inclusive. */
  days: DeadlineDay[];
  rule: string;
  /** Citation ids of the provisions applied, in the order the rule names them. */
  ruleCites: string[];
};

/** The 民法典 provision each step of the arithmetic applies, by citation id. */
export const DEADLINE_PROVISIONS = {
  /** 开始的当日不计入，自下一日开始计算 */
  startExcluded: 'minfadian/201.1',
  /** 按照年、月计算期间的，到期月的对应日… */
  monthYear: 'minfadian/202',
  /** 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日 */
  restDayRoll: 'minfadian/203.1',
  /** 截止时间为二十四时… */
  cutoff: 'minfadian/203.2',
} as const;
export type DeadlineRuleKey = keyof typeof DEADLINE_PROVISIONS;
/** Per rule: how the provision is cited (《民法典》第二百零一条第一款) and its own words. */
export type DeadlineBasis = Record<DeadlineRuleKey, { cite: string; text: string }>;

/** Upper bounds keep the result meaningful (about ten years) and the day list small enough to draw. */
export const COUNT_LIMITS: Readonly<Record<Unit, number>> = { day: 3650, workday: 3650, month: 120, year: 10 };

/** Start dates outside this range are almost certainly typos. */
export const START_YEAR_RANGE = { min: 1900, max: 2099 } as const;

/** Form values may arrive as the Chinese labels shown to the user. */
const UNIT_ALIASES: Readonly<Record<string, Unit>> = {
  day: 'day',
  workday: 'workday',
  month: 'month',
  year: 'year',
  日: 'day',
  天: 'day',
  工作日: 'workday',
  月: 'month',
  个月: 'month',
  年: 'year',
};

// ---------------------------------------------------------------- validation

function validateStart(raw: string | null | undefined): FieldError | IsoDate {
  const text = (raw ?? '').trim();
  const check = parseTypedDate(text);
  if (check.ok) {
    const y = yearOf(check.date);
    if (y >= START_YEAR_RANGE.min && y <= START_YEAR_RANGE.max) return check.date;
    return { field: 'start', message: `起算日期须在 ${START_YEAR_RANGE.min} 年至 ${START_YEAR_RANGE.max} 年之间` };
  }
  switch (check.reason) {
    case 'empty':
      return { field: 'start', message: '请填写起算日期' };
    case 'format':
      return { field: 'start', message: `“${text}”不是有效日期，请按“年-月-日”填写，如 2026-09-30、2026/9/30 或 2026年9月30日` };
    case 'month':
      return { field: 'start', message: `${text} 不是有效日期：月份须在 1 至 12 之间` };
    case 'day':
      return {
        field: 'start',
        message: `${text} 不是有效日期：${check.year ?? ''}年${check.month ?? ''}月只有${check.daysInMonth ?? ''}天`,
      };
  }
}

function validateUnit(raw: string | null | undefined): FieldError | Unit {
  const text = (raw ?? '').trim();
  if (text === '') return { field: 'unit', message: '请选择期限单位' };
  // Own keys only: a URL's unit=__proto__ or constructor must not find Object.prototype's members.
  return Object.hasOwn(UNIT_ALIASES, text) ? UNIT_ALIASES[text]! : { field: 'unit', message: '期限单位只能是：日、工作日、月、年' };
}

/** Full-width digits come from Chinese input methods; treat them as ordinary digits. */
function normaliseDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** unit is null when the unit itself is invalid: then only the widest bound applies. */
function validateCount(raw: string | null | undefined, unit: Unit | null): FieldError | number {
  const text = normaliseDigits((raw ?? '').trim());
  if (text === '') return { field: 'count', message: '请填写期限' };
  const max = COUNT_LIMITS[unit ?? 'day'];
  const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= max) return n;
  const per = unit === 'month' ? '（按月计算）' : unit === 'year' ? '（按年计算）' : '';
  return { field: 'count', message: `期限须为 1 至 ${max} 之间的整数${per}` };
}

function isFieldError(v: unknown): v is FieldError {
  return typeof v === 'object' && v !== null && 'field' in v;
}

/** Checks all three fields and reports every problem at once (one message per field). */
export function validateDeadlineInput(raw: RawDeadlineInput): DeadlineValidation {
  const start = validateStart(raw.start);
  const unit = validateUnit(raw.unit);
  const count = validateCount(raw.count, isFieldError(unit) ? null : unit);
  const errors = [start, count, unit].filter(isFieldError);
  if (isFieldError(start) || isFieldError(count) || isFieldError(unit)) return { ok: false, errors };
  return { ok: true, value: { start, count, unit } };
}

// ---------------------------------------------------------------- computation

export function computeDeadline(input: DeadlineInput, cal: CalendarData, basis: DeadlineBasis): DeadlineResult {
  const { unit } = input;
  return unit === 'workday' ? computeWorkdays(input, cal, basis) : computeCalendarPeriod({ ...input, unit }, cal, basis);
}

/** Calendar-day, month and year units (the ones 第二百零三条 rolls forward). */
export type CalendarUnit = Exclude<Unit, 'workday'>;

/** Due date before any rest-day roll; month/year use 第二百零二条 (corresponding day, else month end). */
export function nominalDueDate(start: IsoDate, count: number, unit: CalendarUnit): IsoDate {
  switch (unit) {
    case 'day':
      return addDays(start, count);
    case 'month':
      return addMonthsClamped(start, count);
    case 'year':
      return addMonthsClamped(start, count * 12);
  }
}

/** The Nth working day after start (start itself never counts). */
export function nthWorkingDayAfter(cal: CalendarData, start: IsoDate, n: number): IsoDate {
  let d = start;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

function computeCalendarPeriod(input: DeadlineInput & { unit: CalendarUnit }, cal: CalendarData, basis: DeadlineBasis): DeadlineResult {
  const nominalDue = nominalDueDate(input.start, input.count, input.unit);
  const due = firstWorkingDayFrom(cal, nominalDue);
  const days = listDays(cal, input.start, due, (d) => d > input.start && d <= nominalDue);
  const rolled = due !== nominalDue;
  const missing = missingYears(cal, input.start, due);
  const fmt = formatterFor(input.start, due);
  return {
    ...input,
    due,
    nominalDue,
    rolled,
    missingYears: missing,
    days,
    ...calendarRule(input.unit, rolled, basis),
    explanation: [
      startSentence(input.start, fmt, basis),
      ...periodSentences(input, nominalDue, fmt, basis),
      ...passedHolidaysSentence(days, nominalDue, fmt),
      ...endSentences(cal, nominalDue, due, fmt, basis),
      ...missingYearsSentence(missing),
      cutoffSentence(due, basis),
    ],
  };
}

/** Only the provisions actually applied, e.g. 《民法典》第二百零一条第一款、《民法典》第二百零三条第一款. */
function calendarRule(unit: CalendarUnit, rolled: boolean, basis: DeadlineBasis): { rule: string; ruleCites: string[] } {
  const keys: DeadlineRuleKey[] = [
    'startExcluded',
    ...(unit === 'day' ? [] : ['monthYear' as const]),
    ...(rolled ? ['restDayRoll' as const] : []),
  ];
  return { rule: keys.map((k) => basis[k].cite).join('、'), ruleCites: keys.map((k) => DEADLINE_PROVISIONS[k]) };
}

function computeWorkdays(input: DeadlineInput, cal: CalendarData, basis: DeadlineBasis): DeadlineResult {
  const due = nthWorkingDayAfter(cal, input.start, input.count);
  const days = listDays(cal, input.start, due, (d) => d > input.start && isWorkingDay(cal, d));
  const missing = missingYears(cal, input.start, due);
  const fmt = formatterFor(input.start, due);
  return {
    ...input,
    due,
    nominalDue: due,
    rolled: false,
    missingYears: missing,
    days,
    rule: `${basis.startExcluded.cite}；按工作日计算，法定节假日和休息日不计入，调休上班日计入`,
    ruleCites: [DEADLINE_PROVISIONS.startExcluded],
    explanation: [
      startSentence(input.start, fmt, basis),
      `自 ${fmt(addDays(input.start, 1))} 起计算 ${input.count} 个工作日`,
      ...workdayEventSentences(days, fmt),
      ...(days.slice(1).some((d) => d.kind === 'weekend') ? ['期间内的周六、周日（调休上班日除外）为休息日，不计入'] : []),
      `第 ${input.count} 个工作日为 ${fmt(due)}，即期限届满日`,
      ...missingYearsSentence(missing),
      cutoffSentence(due, basis),
    ],
  };
}

function listDays(cal: CalendarData, start: IsoDate, due: IsoDate, counted: (d: IsoDate) => boolean): DeadlineDay[] {
  return eachDay(start, due).map((date) => {
    const kind = dayKind(cal, date);
    const name = kind === 'holiday' || kind === 'makeup' ? holidayName(cal, date) : undefined;
    const day: DeadlineDay = { date, kind, counted: counted(date) };
    if (name !== undefined) day.holidayName = name;
    return day;
  });
}

function missingYears(cal: CalendarData, start: IsoDate, due: IsoDate): number[] {
  const out: number[] = [];
  for (let y = yearOf(start); y <= yearOf(due); y++) if (!coversYear(cal, y)) out.push(y);
  return out;
}

// ---------------------------------------------------------------- explanation

type Fmt = (d: IsoDate) => string;

/** Month-day alone is ambiguous once the period crosses a year boundary. */
function formatterFor(start: IsoDate, due: IsoDate): Fmt {
  return yearOf(start) === yearOf(due) ? formatCn : formatCnFull;
}

function monthLabel(date: IsoDate, fmt: Fmt): string {
  const { year, month } = ymd(date);
  return fmt === formatCn ? `${month}月` : `${year}年${month}月`;
}

function startSentence(start: IsoDate, fmt: Fmt, basis: DeadlineBasis): string {
  return `起算日 ${fmt(start)} 不计入（${basis.startExcluded.cite}）`;
}

function periodSentences(input: DeadlineInput, nominalDue: IsoDate, fmt: Fmt, basis: DeadlineBasis): string[] {
  const span = `${input.count} ${UNIT_LABELS[input.unit]}`;
  if (input.unit === 'day') {
    return [`自 ${fmt(addDays(input.start, 1))} 起计算 ${span}，第 ${input.count} 日为 ${fmt(nominalDue)}`];
  }
  const wanted = ymd(input.start).day;
  if (ymd(nominalDue).day === wanted) {
    return [`期间为 ${span}，到期月的对应日为 ${fmt(nominalDue)}（${basis.monthYear.cite}）`];
  }
  return [
    `期间为 ${span}，到期月为 ${monthLabel(nominalDue, fmt)}`,
    `${monthLabel(nominalDue, fmt)}无${wanted}日，以该月最后一日 ${fmt(nominalDue)} 为届满日（${basis.monthYear.cite}）`,
  ];
}

type HolidayRun = { from: IsoDate; to: IsoDate; names: string[] };

/** Groups consecutive holiday days, e.g. 国庆节 with 中秋 inside it becomes one run. */
function holidayRuns(days: readonly DeadlineDay[]): HolidayRun[] {
  const runs: HolidayRun[] = [];
  let prev: IsoDate | null = null;
  for (const d of days) {
    if (d.kind !== 'holiday') continue;
    const last = runs[runs.length - 1];
    const name = d.holidayName ?? '法定节假日';
    if (last && prev !== null && addDays(prev, 1) === d.date) {
      last.to = d.date;
      if (!last.names.includes(name)) last.names.push(name);
    } else {
      runs.push({ from: d.date, to: d.date, names: [name] });
    }
    prev = d.date;
  }
  return runs;
}

function runText(run: HolidayRun, fmt: Fmt): string {
  const range = run.from === run.to ? fmt(run.from) : `${fmt(run.from)}至${fmt(run.to)}`;
  return `${range} ${run.names.join('、')}假期`;
}

/** Beyond this many holiday/make-up notes a list stops helping; summarise instead. */
const MAX_LISTED_EVENTS = 20;

function workdayEventSentences(days: readonly DeadlineDay[], fmt: Fmt): string[] {
  const afterStart = days.slice(1);
  const runs = holidayRuns(afterStart);
  const makeups = afterStart.filter((d) => d.kind === 'makeup');
  if (runs.length + makeups.length > MAX_LISTED_EVENTS) {
    const holidayDays = afterStart.filter((d) => d.kind === 'holiday').length;
    return [`期间内共有 ${holidayDays} 天法定节假日不计入，${makeups.length} 天调休上班日计为工作日（逐日情况见日历）`];
  }
  const events: { date: IsoDate; text: string }[] = [
    ...runs.map((r) => ({ date: r.from, text: `${runText(r, fmt)}，不计入` })),
    ...makeups.map((d) => ({ date: d.date, text: `${fmt(d.date)} ${weekdayCn(d.date)}调休上班，计为工作日` })),
  ];
  return events.sort((a, b) => (a.date < b.date ? -1 : 1)).map((e) => e.text);
}

/** A common misreading is to skip holidays in calendar-day periods; say plainly they count. */
function passedHolidaysSentence(days: readonly DeadlineDay[], nominalDue: IsoDate, fmt: Fmt): string[] {
  const runs = holidayRuns(days.filter((d) => d.counted && d.date < nominalDue));
  if (runs.length === 0) return [];
  const listed = runs.length > 3 ? `${runs.length} 段法定节假日` : runs.map((r) => runText(r, fmt)).join('，');
  return [`期间中的 ${listed} 照常计入，不予扣除；仅届满日遇休息日时顺延`];
}

function restDescription(cal: CalendarData, date: IsoDate): string {
  return dayKind(cal, date) === 'holiday' ? `法定节假日（${holidayName(cal, date) ?? '法定节假日'}）` : `${weekdayCn(date)}（休息日）`;
}

function endSentences(cal: CalendarData, nominalDue: IsoDate, due: IsoDate, fmt: Fmt, basis: DeadlineBasis): string[] {
  if (due !== nominalDue) {
    return [`期限届满日 ${fmt(nominalDue)} 为${restDescription(cal, nominalDue)}，顺延至 ${fmt(due)}（${basis.restDayRoll.cite}）`];
  }
  if (dayKind(cal, due) === 'makeup') {
    const name = holidayName(cal, due) ?? '';
    return [`期限届满日 ${fmt(due)} 虽为${weekdayCn(due)}，但系${name}调休上班日，属工作日，不顺延`];
  }
  return [];
}

function missingYearsSentence(years: readonly number[]): string[] {
  if (years.length === 0) return [];
  const list = years.map((y) => `${y}年`).join('、');
  const which = years.length === 1 ? '该年度' : '上述年度';
  return [`尚未收录 ${list} 的法定节假日安排（国务院办公厅通常在上一年年底公布），${which}仅按周六、周日计算休息日，请在安排公布后复核`];
}

/** The cut-off time is the provision's own words, quoted. */
function cutoffSentence(due: IsoDate, basis: DeadlineBasis): string {
  return `期限届满日为 ${formatCnFull(due)}（${weekdayCn(due)}）。${basis.cutoff.cite}：“${basis.cutoff.text.replace(/。$/, '')}”`;
}
