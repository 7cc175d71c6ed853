import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  fromChineseDays,
  dayKind,
  isWorkingDay,
  type CalendarData,
  type ChineseDaysJson,
} from '../../src/lib/deadline/holiday-calendar.ts';
import {
  computeDeadline,
  validateDeadlineInput,
  COUNT_LIMITS,
  UNITS,
  type DeadlineInput,
  type Unit,
} from '../../src/lib/deadline/rules.ts';
import { deadlineBasis } from '../../src/lib/deadline/basis.ts';
import { provisionCiteIndex } from '../support/data.ts';
import { addDays, daysInMonth, diffDays, eachDay, fromDayNumber, toDayNumber, weekday, ymd } from '../../src/lib/text/dates.ts';

const json = JSON.parse(
  readFileSync(new URL('../../node_modules/chinese-days/dist/chinese-days.json', import.meta.url), 'utf8'),
) as ChineseDaysJson;
const cal: CalendarData = fromChineseDays(json);
// The provisions the rules cite, read from the statute text in src/content/statutes/minfadian.mdx.
const cited = provisionCiteIndex();
const basis = deadlineBasis((id) => cited.get(id));

function asUnit(s: string): Unit {
  const u = UNITS.find((x) => x === s);
  if (!u) throw new Error(`fixture has unknown unit ${s}`);
  return u;
}

function due(start: string, count: number, unit: Unit): string {
  return computeDeadline({ start, count, unit }, cal, basis).due;
}

// ---------------------------------------------------------------- shared fixture

type FixtureRow = { line: number; start: string; count: number; unit: Unit; due: string; note: string };

function readFixture(): FixtureRow[] {
  const text = readFileSync(new URL('../fixtures/deadline-cases.tsv', import.meta.url), 'utf8');
  return text.split(/\r?\n/).flatMap((raw: string, i: number): FixtureRow[] => {
    if (raw.trim() === '' || raw.startsWith('#')) return [];
    const [start = '', count = '', unit = '', dueDate = '', note = ''] = raw.split('\t');
    return [{ line: i + 1, start, count: Number(count), unit: asUnit(unit), due: dueDate, note }];
  });
}

const fixture = readFixture();

describe('test/fixtures/deadline-cases.tsv', () => {
  it('has rows to check', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(8);
  });
  it.each(fixture)('line $line: $start + $count $unit → $due ($note)', (row) => {
    expect(due(row.start, row.count, row.unit)).toBe(row.due);
  });
});

// ---------------------------------------------------------------- holiday data sanity

describe('the holiday data the cases below rely on (chinese-days)', () => {
  const holidays: [string, string][] = [
    ['2025-01-01', '元旦'],
    ['2025-01-28', '春节'],
    ['2025-02-04', '春节'],
    ['2025-04-04', '清明'],
    ['2025-05-01', '劳动节'],
    ['2025-05-05', '劳动节'],
    ['2025-05-31', '端午'],
    ['2025-06-02', '端午'],
    ['2025-10-01', '国庆节'],
    ['2025-10-06', '中秋'],
    ['2025-10-08', '国庆节'],
    ['2026-01-01', '元旦'],
    ['2026-01-03', '元旦'],
    ['2026-02-15', '春节'],
    ['2026-02-23', '春节'],
    ['2026-04-04', '清明'],
    ['2026-04-06', '清明'],
    ['2026-05-01', '劳动节'],
    ['2026-05-05', '劳动节'],
    ['2026-06-19', '端午'],
    ['2026-06-21', '端午'],
    ['2026-09-25', '中秋'],
    ['2026-09-27', '中秋'],
    ['2026-10-01', '国庆节'],
    ['2026-10-07', '国庆节'],
  ];
  it.each(holidays)('%s is %s', (date, name) => {
    expect(dayKind(cal, date)).toBe('holiday');
    expect(cal.holidays[date]).toBe(name);
  });
  const makeups = [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ];
  it.each(makeups)('%s is a make-up working day', (date) => {
    expect(dayKind(cal, date)).toBe('makeup');
  });
  it('the days just outside the holidays are ordinary working days', () => {
    for (const d of [
      '2025-01-02',
      '2025-02-05',
      '2025-04-07',
      '2025-05-06',
      '2025-06-03',
      '2025-10-09',
      '2026-01-05',
      '2026-02-24',
      '2026-04-07',
      '2026-05-06',
      '2026-06-22',
      '2026-09-28',
      '2026-10-08',
    ]) {
      expect(dayKind(cal, d), d).toBe('workday');
    }
  });
});

// ---------------------------------------------------------------- own table

type Case = [start: string, count: number, unit: Unit, due: string, why: string];

const cases: Case[] = [
  // 2025
  ['2024-12-31', 1, 'workday', '2025-01-02', '元旦 2025-01-01 skipped'],
  ['2024-12-01', 31, 'day', '2025-01-02', 'day 31 is 元旦 → next working day'],
  ['2025-01-24', 1, 'workday', '2025-01-26', 'Sunday 2025-01-26 is a 春节 make-up day'],
  ['2025-01-24', 2, 'workday', '2025-01-27', 'Saturday 01-25 is not'],
  ['2025-01-24', 3, 'workday', '2025-02-05', '春节 01-28..02-04 skipped'],
  ['2025-01-24', 6, 'workday', '2025-02-08', 'Saturday 2025-02-08 is a make-up day'],
  ['2025-01-18', 10, 'day', '2025-02-05', 'day 10 is 01-28, inside 春节'],
  ['2025-04-03', 1, 'workday', '2025-04-07', '清明 04-04..06 skipped'],
  ['2025-03-05', 30, 'day', '2025-04-07', 'day 30 is 清明 04-04'],
  ['2025-04-25', 1, 'workday', '2025-04-27', 'Sunday 2025-04-27 is a 劳动节 make-up day'],
  ['2025-04-30', 1, 'workday', '2025-05-06', '劳动节 05-01..05 skipped'],
  ['2025-04-01', 1, 'month', '2025-05-06', 'month due 05-01 is 劳动节'],
  ['2025-05-30', 1, 'workday', '2025-06-03', '端午 05-31..06-02 skipped'],
  ['2025-05-22', 10, 'day', '2025-06-03', 'day 10 is 端午 06-01'],
  ['2025-09-26', 1, 'workday', '2025-09-28', 'Sunday 2025-09-28 is a 国庆 make-up day'],
  ['2025-09-30', 1, 'workday', '2025-10-09', '国庆+中秋 10-01..08 skipped'],
  ['2025-09-30', 3, 'workday', '2025-10-11', 'Saturday 2025-10-11 is a make-up day'],
  ['2024-10-06', 1, 'year', '2025-10-09', 'year due 2025-10-06 is 中秋 → after the whole break'],
  // 2026
  ['2025-12-31', 1, 'workday', '2026-01-04', 'Sunday 2026-01-04 is a 元旦 make-up day'],
  ['2025-12-31', 2, 'workday', '2026-01-05', 'then Monday'],
  ['2025-12-02', 1, 'month', '2026-01-04', 'month due 01-02 is 元旦; next working day is the make-up Sunday'],
  ['2026-02-13', 1, 'workday', '2026-02-14', 'Saturday 2026-02-14 is a 春节 make-up day'],
  ['2026-02-13', 2, 'workday', '2026-02-24', '春节 02-15..23 skipped'],
  ['2026-02-24', 4, 'workday', '2026-02-28', 'Saturday 2026-02-28 is a make-up day'],
  ['2026-01-15', 1, 'month', '2026-02-24', 'month due 02-15 is 春节'],
  ['2026-04-03', 1, 'workday', '2026-04-07', '清明 04-04..06 skipped'],
  ['2025-04-05', 1, 'year', '2026-04-07', 'year due 2026-04-05 is 清明'],
  ['2026-04-30', 1, 'workday', '2026-05-06', '劳动节 05-01..05 skipped'],
  ['2026-05-08', 1, 'workday', '2026-05-09', 'Saturday 2026-05-09 is a make-up day'],
  ['2026-04-03', 1, 'month', '2026-05-06', 'month due 05-03 is 劳动节'],
  ['2026-05-01', 8, 'day', '2026-05-09', 'day 8 is the make-up Saturday: no roll'],
  ['2026-06-09', 10, 'day', '2026-06-22', 'day 10 is 端午 06-19'],
  ['2026-09-18', 1, 'workday', '2026-09-20', 'Sunday 2026-09-20 is a make-up day'],
  ['2026-09-24', 1, 'workday', '2026-09-28', '中秋 09-25..27 skipped'],
  ['2026-09-01', 30, 'day', '2026-10-08', 'day 30 is 国庆 10-01'],
  ['2025-10-03', 1, 'year', '2026-10-08', 'year due 2026-10-03 is 国庆'],
  // plain weekends
  ['2026-03-02', 5, 'day', '2026-03-09', 'day 5 is Saturday 03-07 → Monday'],
  ['2026-03-06', 1, 'workday', '2026-03-09', 'Friday + 1 working day → Monday'],
  ['2026-03-05', 1, 'day', '2026-03-06', 'ordinary next day'],
  // month ends
  ['2025-01-31', 1, 'month', '2025-02-28', 'no 31 February'],
  ['2024-01-31', 1, 'month', '2024-02-29', 'leap February'],
  ['2026-03-31', 1, 'month', '2026-04-30', 'no 31 April'],
  ['2025-08-31', 1, 'month', '2025-09-30', 'no 31 September'],
  ['2026-05-31', 4, 'month', '2026-09-30', 'no 31 September, 4 months on'],
  ['2025-10-31', 1, 'month', '2025-12-01', 'month end 11-30 is a Sunday → roll after clamping'],
  ['2025-11-30', 3, 'month', '2026-02-28', 'no 30 February → 02-28, a 春节 make-up Saturday: no roll'],
  // leap years
  ['2023-02-28', 1, 'year', '2024-02-28', 'corresponding day exists'],
  ['2024-02-29', 12, 'month', '2025-02-28', '12 months = 1 year'],
  ['2020-02-29', 4, 'year', '2024-02-29', 'leap to leap'],
  // year boundary
  ['2025-12-20', 30, 'workday', '2026-02-02', 'crosses 元旦 2026 and its make-up Sunday'],
  ['2026-12-01', 30, 'day', '2026-12-31', 'Thursday, no roll'],
];

describe('own cases: holidays, make-up days, month ends, leap years', () => {
  it.each(cases)('%s + %i %s → %s (%s)', (start, count, unit, expected) => {
    expect(due(start, count, unit)).toBe(expected);
  });
});

// ---------------------------------------------------------------- rolls and rules

describe('rest-day roll (民法典第二百零三条)', () => {
  it('month: nominal due is the holiday, due the next working day', () => {
    const r = computeDeadline({ start: '2026-01-15', count: 1, unit: 'month' }, cal, basis);
    expect(r).toMatchObject({ nominalDue: '2026-02-15', due: '2026-02-24', rolled: true });
    expect(r.rule).toBe('《民法典》第二百零一条第一款、《民法典》第二百零二条、《民法典》第二百零三条第一款');
    expect(r.explanation).toContain('期限届满日 2月15日 为法定节假日（春节），顺延至 2月24日（《民法典》第二百零三条第一款）');
  });
  it('year: nominal due on 中秋 rolls past the whole 国庆 break', () => {
    const r = computeDeadline({ start: '2024-10-06', count: 1, unit: 'year' }, cal, basis);
    expect(r).toMatchObject({ nominalDue: '2025-10-06', due: '2025-10-09', rolled: true });
  });
  it('year: weekend roll is described as a 休息日', () => {
    const r = computeDeadline({ start: '2025-03-08', count: 1, unit: 'year' }, cal, basis);
    expect(r).toMatchObject({ nominalDue: '2026-03-08', due: '2026-03-09', rolled: true });
    expect(r.explanation).toContain('期限届满日 2026年3月8日 为周日（休息日），顺延至 2026年3月9日（《民法典》第二百零三条第一款）');
  });
  it('day: the TSV Spring Festival case explains the roll', () => {
    const r = computeDeadline({ start: '2026-02-06', count: 15, unit: 'day' }, cal, basis);
    expect(r.explanation).toContain('期限届满日 2月21日 为法定节假日（春节），顺延至 2月24日（《民法典》第二百零三条第一款）');
    expect(r.rule).toBe('《民法典》第二百零一条第一款、《民法典》第二百零三条第一款');
  });
  it('no roll when the due day is a make-up working day, and it says so', () => {
    const r = computeDeadline({ start: '2026-01-31', count: 1, unit: 'month' }, cal, basis);
    expect(r).toMatchObject({ nominalDue: '2026-02-28', due: '2026-02-28', rolled: false });
    expect(r.explanation).toContain('2月无31日，以该月最后一日 2月28日 为届满日（《民法典》第二百零二条）');
    expect(r.explanation.some((s) => s.includes('调休上班日') && s.includes('不顺延'))).toBe(true);
    expect(r.rule).toBe('《民法典》第二百零一条第一款、《民法典》第二百零二条');
  });
  it('a plain day period names only 第二百零一条', () => {
    expect(computeDeadline({ start: '2026-03-05', count: 1, unit: 'day' }, cal, basis).rule).toBe('《民法典》第二百零一条第一款');
  });
  it('holidays inside a calendar-day period are counted, and the explanation says so', () => {
    const r = computeDeadline({ start: '2026-09-30', count: 10, unit: 'day' }, cal, basis);
    expect(r.due).toBe('2026-10-10');
    expect(r.explanation.some((s) => s.includes('10月1日至10月7日 国庆节假期') && s.includes('照常计入'))).toBe(true);
  });
});

describe('explanation for working-day periods', () => {
  const r = computeDeadline({ start: '2026-09-30', count: 3, unit: 'workday' }, cal, basis);
  it('follows the worked example', () => {
    expect(r.explanation).toContain('起算日 9月30日 不计入（《民法典》第二百零一条第一款）');
    expect(r.explanation).toContain('10月1日至10月7日 国庆节假期，不计入');
    expect(r.explanation).toContain('10月10日 周六调休上班，计为工作日');
    expect(r.explanation).toContain('第 3 个工作日为 10月10日，即期限届满日');
  });
  it('puts the holiday before the make-up day (chronological)', () => {
    const i = r.explanation.indexOf('10月1日至10月7日 国庆节假期，不计入');
    const j = r.explanation.indexOf('10月10日 周六调休上班，计为工作日');
    expect(i).toBeGreaterThan(-1);
    expect(j).toBeGreaterThan(i);
  });
  it('groups a holiday that sits inside another into one range', () => {
    const e = computeDeadline({ start: '2025-09-30', count: 1, unit: 'workday' }, cal, basis).explanation;
    expect(e).toContain('10月1日至10月8日 国庆节、中秋假期，不计入');
  });
  it('writes the year once the period crosses a year boundary', () => {
    const e = computeDeadline({ start: '2025-12-20', count: 30, unit: 'workday' }, cal, basis).explanation;
    expect(e).toContain('2026年1月1日至2026年1月3日 元旦假期，不计入');
    expect(e).toContain('2026年1月4日 周日调休上班，计为工作日');
  });
  it('summarises instead of listing dozens of holidays', () => {
    const e = computeDeadline({ start: '2010-01-01', count: 2500, unit: 'workday' }, cal, basis).explanation;
    expect(e.length).toBeLessThan(12);
    expect(e.some((s) => /共有 \d+ 天法定节假日不计入/.test(s))).toBe(true);
  });
  it('ends with the cut-off time, quoting 民法典 第二百零三条第二款', () => {
    expect(r.explanation.at(-1)).toBe(
      '期限届满日为 2026年10月10日（周六）。《民法典》第二百零三条第二款：“期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间”',
    );
  });
});

describe('month/year explanation', () => {
  it('names the corresponding day', () => {
    const e = computeDeadline({ start: '2026-03-15', count: 1, unit: 'month' }, cal, basis).explanation;
    expect(e).toContain('期间为 1 个月，到期月的对应日为 4月15日（《民法典》第二百零二条）');
  });
  it('leap day + 1 year', () => {
    const e = computeDeadline({ start: '2024-02-29', count: 1, unit: 'year' }, cal, basis).explanation;
    expect(e).toContain('2025年2月无29日，以该月最后一日 2025年2月28日 为届满日（《民法典》第二百零二条）');
  });
});

// ---------------------------------------------------------------- missing years

describe('periods touching a year the calendar lacks', () => {
  it('2026-12-20 + 30 workday counts weekends only in 2027', () => {
    const r = computeDeadline({ start: '2026-12-20', count: 30, unit: 'workday' }, cal, basis);
    expect(r.due).toBe('2027-01-29');
    expect(r.missingYears).toEqual([2027]);
    // 2027-01-01 is a Friday; without data it is an ordinary working day.
    expect(r.days.find((d) => d.date === '2027-01-01')).toMatchObject({ kind: 'workday', counted: true });
    expect(r.explanation.some((s) => s.includes('2027年') && s.includes('仅按周六、周日'))).toBe(true);
  });
  it('a day period ending in a missing year does not roll off a would-be holiday', () => {
    const r = computeDeadline({ start: '2026-12-02', count: 30, unit: 'day' }, cal, basis);
    expect(r).toMatchObject({ due: '2027-01-01', rolled: false, missingYears: [2027] });
  });
  it('lists every missing year touched, including ones in the middle', () => {
    const r = computeDeadline({ start: '2024-02-29', count: 4, unit: 'year' }, cal, basis);
    expect(r.due).toBe('2028-02-29');
    expect(r.missingYears).toEqual([2027, 2028]);
  });
  it('a period wholly inside the data has no missing years', () => {
    expect(computeDeadline({ start: '2025-01-01', count: 1, unit: 'year' }, cal, basis).missingYears).toEqual([]);
  });
  it('a period before the data (2003) is flagged', () => {
    expect(computeDeadline({ start: '2003-12-20', count: 10, unit: 'workday' }, cal, basis).missingYears).toEqual([2003]);
  });
});

// ---------------------------------------------------------------- days list

describe('days list for the month grid', () => {
  const r = computeDeadline({ start: '2026-09-30', count: 3, unit: 'workday' }, cal, basis);
  it('runs from start to due inclusive', () => {
    expect(r.days[0]?.date).toBe('2026-09-30');
    expect(r.days.at(-1)?.date).toBe('2026-10-10');
    expect(r.days).toHaveLength(11);
  });
  it('marks kinds, names and counted days', () => {
    expect(r.days[0]).toEqual({ date: '2026-09-30', kind: 'workday', counted: false });
    expect(r.days[1]).toEqual({ date: '2026-10-01', kind: 'holiday', counted: false, holidayName: '国庆节' });
    expect(r.days.at(-1)).toEqual({ date: '2026-10-10', kind: 'makeup', counted: true, holidayName: '国庆节' });
    expect(r.days.filter((d) => d.counted).map((d) => d.date)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
  });
  it('calendar-day periods count every day up to the nominal due, not the roll days', () => {
    const d = computeDeadline({ start: '2026-02-06', count: 15, unit: 'day' }, cal, basis).days;
    expect(d.filter((x) => x.counted)).toHaveLength(15);
    expect(d.find((x) => x.date === '2026-02-22')?.counted).toBe(false);
    expect(d.find((x) => x.date === '2026-02-18')).toMatchObject({ counted: true, kind: 'holiday' });
  });
});

// ---------------------------------------------------------------- validation

describe('validateDeadlineInput', () => {
  it('accepts a good input', () => {
    expect(validateDeadlineInput({ start: '2026-09-30', count: '3', unit: 'workday' })).toEqual({
      ok: true,
      value: { start: '2026-09-30', count: 3, unit: 'workday' },
    });
  });
  it('accepts surrounding spaces, full-width digits and Chinese unit labels', () => {
    expect(validateDeadlineInput({ start: ' 2026-09-30 ', count: '１５', unit: '日' })).toEqual({
      ok: true,
      value: { start: '2026-09-30', count: 15, unit: 'day' },
    });
  });
  it.each([
    ['2026-02-30', '2026-02-30 不是有效日期：2026年2月只有28天'],
    ['2024-02-30', '2024-02-30 不是有效日期：2024年2月只有29天'],
    ['2026-04-31', '2026-04-31 不是有效日期：2026年4月只有30天'],
    ['2026-13-01', '2026-13-01 不是有效日期：月份须在 1 至 12 之间'],
    ['', '请填写起算日期'],
    ['1800-01-01', '起算日期须在 1900 年至 2099 年之间'],
  ])('start %j → %s', (start, message) => {
    const r = validateDeadlineInput({ start, count: '1', unit: 'day' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'start', message }] });
  });
  it.each(['2026-2-3', '2026/02/03', '20260203', '2026年2月3日'])('start %j is read as 2026-02-03', (start) => {
    const r = validateDeadlineInput({ start, count: '1', unit: 'day' });
    expect(r).toEqual({ ok: true, value: { start: '2026-02-03', count: 1, unit: 'day' } });
  });
  it.each(['abc', '2026-02-03T00:00', '2026-2/3'])('start %j is a format error', (start) => {
    const r = validateDeadlineInput({ start, count: '1', unit: 'day' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('请按“年-月-日”填写');
  });
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'unit %j (a name Object.prototype has) is an unknown unit',
    (unit) => {
      const r = validateDeadlineInput({ start: '2026-01-01', count: '5', unit });
      expect(r).toEqual({ ok: false, errors: [{ field: 'unit', message: '期限单位只能是：日、工作日、月、年' }] });
    },
  );
  it('missing start (null / undefined)', () => {
    for (const start of [null, undefined]) {
      const r = validateDeadlineInput({ start, count: '1', unit: 'day' });
      expect(r).toEqual({ ok: false, errors: [{ field: 'start', message: '请填写起算日期' }] });
    }
  });
  it.each(['0', '10000', '-3', '2.5', '1e3', '3651', 'abc', ' 1 2'])('count %j is rejected for days', (count) => {
    const r = validateDeadlineInput({ start: '2026-01-01', count, unit: 'day' });
    expect(r).toEqual({ ok: false, errors: [{ field: 'count', message: '期限须为 1 至 3650 之间的整数' }] });
  });
  it('count bounds: 3650 days ok, 120 months ok, 121 months and 11 years not', () => {
    expect(validateDeadlineInput({ start: '2026-01-01', count: '3650', unit: 'workday' }).ok).toBe(true);
    expect(validateDeadlineInput({ start: '2026-01-01', count: '120', unit: 'month' }).ok).toBe(true);
    expect(validateDeadlineInput({ start: '2026-01-01', count: '121', unit: 'month' })).toEqual({
      ok: false,
      errors: [{ field: 'count', message: '期限须为 1 至 120 之间的整数（按月计算）' }],
    });
    expect(validateDeadlineInput({ start: '2026-01-01', count: '11', unit: 'year' })).toEqual({
      ok: false,
      errors: [{ field: 'count', message: '期限须为 1 至 10 之间的整数（按年计算）' }],
    });
    expect(COUNT_LIMITS).toEqual({ day: 3650, workday: 3650, month: 120, year: 10 });
  });
  it('empty count', () => {
    expect(validateDeadlineInput({ start: '2026-01-01', count: '', unit: 'day' })).toEqual({
      ok: false,
      errors: [{ field: 'count', message: '请填写期限' }],
    });
  });
  it('bad and missing unit', () => {
    expect(validateDeadlineInput({ start: '2026-01-01', count: '1', unit: 'week' })).toEqual({
      ok: false,
      errors: [{ field: 'unit', message: '期限单位只能是：日、工作日、月、年' }],
    });
    expect(validateDeadlineInput({ start: '2026-01-01', count: '1', unit: null })).toEqual({
      ok: false,
      errors: [{ field: 'unit', message: '请选择期限单位' }],
    });
  });
  it('returns every error at once, one per field', () => {
    const r = validateDeadlineInput({ start: '2026-02-30', count: '0', unit: 'fortnight' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'start', message: '2026-02-30 不是有效日期：2026年2月只有28天' },
        { field: 'count', message: '期限须为 1 至 3650 之间的整数' },
        { field: 'unit', message: '期限单位只能是：日、工作日、月、年' },
      ],
    });
  });
  it('returns errors for an entirely empty form', () => {
    const r = validateDeadlineInput({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['start', 'count', 'unit']);
  });
});

// ---------------------------------------------------------------- time-zone independence

describe('time zone', () => {
  it('gives the same answers whatever TZ the process runs in', () => {
    const saved = process.env['TZ'];
    const inputs: DeadlineInput[] = [
      { start: '2026-02-06', count: 15, unit: 'day' },
      { start: '2025-12-20', count: 30, unit: 'workday' },
      { start: '2024-02-29', count: 1, unit: 'year' },
      { start: '2026-03-28', count: 1, unit: 'month' }, // around European DST change
    ];
    const results: string[][] = [];
    try {
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env['TZ'] = tz;
        // Check the primitives first: a local-time bug there would make the loops below never end.
        expect([addDays('2026-03-28', 1), fromDayNumber(toDayNumber('2026-10-25')), weekday('2026-10-10')], tz).toEqual([
          '2026-03-29',
          '2026-10-25',
          6,
        ]);
        results.push(inputs.map((i) => JSON.stringify(computeDeadline(i, cal, basis))));
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
    for (const r of results) expect(r).toEqual(results[0]);
  });
});

// ---------------------------------------------------------------- properties

const DAY_2005 = toDayNumber('2005-01-01');
const DAY_2026_END = toDayNumber('2026-12-31');
const startArb = fc.integer({ min: DAY_2005, max: DAY_2026_END }).map(fromDayNumber);
const countArb = (unit: Unit): fc.Arbitrary<number> => fc.integer({ min: 1, max: COUNT_LIMITS[unit] });

/** Independent of the library: the corresponding day, or the month's last day. */
function expectedNominal(start: string, count: number, unit: Unit): string {
  if (unit === 'day') return addDays(start, count);
  const months = unit === 'year' ? count * 12 : count;
  const { year, month, day } = ymd(start);
  const y = year + Math.floor((month - 1 + months) / 12);
  const m = ((month - 1 + months) % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

describe('properties (fast-check, starts 2005–2026)', () => {
  it('workday: due > start, due is a working day, exactly N working days in (start, due]', () => {
    fc.assert(
      fc.property(startArb, countArb('workday'), (start, count) => {
        const r = computeDeadline({ start, count, unit: 'workday' }, cal, basis);
        const after = eachDay(addDays(start, 1), r.due);
        return (
          r.due > start &&
          isWorkingDay(cal, r.due) &&
          after.filter((d) => isWorkingDay(cal, d)).length === count &&
          r.nominalDue === r.due &&
          !r.rolled
        );
      }),
    );
  });

  for (const unit of ['day', 'month', 'year'] as const) {
    it(`${unit}: due > start, never a rest day, and the first working day on or after the nominal due`, () => {
      fc.assert(
        fc.property(startArb, countArb(unit), (start, count) => {
          const r = computeDeadline({ start, count, unit }, cal, basis);
          const nominal = expectedNominal(start, count, unit);
          const skipped = eachDay(nominal, addDays(r.due, -1));
          return (
            r.nominalDue === nominal &&
            r.due > start &&
            r.due >= nominal &&
            isWorkingDay(cal, r.due) &&
            skipped.every((d) => !isWorkingDay(cal, d)) &&
            r.rolled === (r.due !== nominal)
          );
        }),
      );
    });
  }

  it('days list is contiguous from start to due, and missingYears are exactly the uncovered years', () => {
    fc.assert(
      fc.property(startArb, fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 400 }), (start, unit, n) => {
        const count = Math.min(n, COUNT_LIMITS[unit]);
        const r = computeDeadline({ start, count, unit }, cal, basis);
        const contiguous = r.days.every((d, i) => diffDays(start, d.date) === i);
        const years: number[] = [];
        for (let y = Number(start.slice(0, 4)); y <= Number(r.due.slice(0, 4)); y++) if (!cal.years.includes(y)) years.push(y);
        const counted = r.days.filter((d) => d.counted).length;
        const expectedCounted = unit === 'day' || unit === 'workday' ? count : diffDays(start, r.nominalDue);
        return (
          contiguous &&
          r.days.length === diffDays(start, r.due) + 1 &&
          JSON.stringify(r.missingYears) === JSON.stringify(years) &&
          counted === expectedCounted &&
          r.days.every((d) => d.kind === dayKind(cal, d.date))
        );
      }),
    );
  });
});
