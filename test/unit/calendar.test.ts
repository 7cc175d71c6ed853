import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  fromChineseDays,
  dayKind,
  isWorkingDay,
  coversYear,
  holidayName,
  firstWorkingDayFrom,
  type ChineseDaysJson,
  type CalendarOverride,
} from '../../src/lib/deadline/holiday-calendar.ts';
import { duplicateYears, mergeOverrides, validateCalendarOverride } from '../../src/lib/deadline/holiday-overrides.ts';
import {
  parseIsoDate,
  checkIsoDate,
  addDays,
  addMonthsClamped,
  weekday,
  weekdayCn,
  formatCn,
  formatCnFull,
  diffDays,
  eachDay,
  toDayNumber,
  fromDayNumber,
  isLeapYear,
} from '../../src/lib/text/dates.ts';

const json = JSON.parse(
  readFileSync(new URL('../../node_modules/chinese-days/dist/chinese-days.json', import.meta.url), 'utf8'),
) as ChineseDaysJson;
const cal = fromChineseDays(json);

/** A made-up 2027 arrangement, only for testing the override mechanism. */
const override2027: CalendarOverride = {
  year: 2027,
  notice: '测试用数据（非真实通知）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
  ],
  makeupWorkdays: [{ date: '2027-01-09', name: '元旦' }],
};

describe('fromChineseDays', () => {
  it('knows 2026 National Day and its make-up Saturday', () => {
    expect(dayKind(cal, '2026-10-01')).toBe('holiday');
    expect(holidayName(cal, '2026-10-01')).toBe('国庆节');
    expect(dayKind(cal, '2026-10-10')).toBe('makeup');
    expect(holidayName(cal, '2026-10-10')).toBe('国庆节');
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true);
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false);
  });
  it('knows the 2026 Spring Festival make-up Saturday 2026-02-14', () => {
    expect(dayKind(cal, '2026-02-14')).toBe('makeup');
    expect(cal.makeupWorkdays['2026-02-14']).toBe('春节');
  });
  it('a holiday that falls on a weekend is still a holiday', () => {
    expect(weekday('2026-02-21')).toBe(6);
    expect(dayKind(cal, '2026-02-21')).toBe('holiday');
  });
  it('ordinary weekend and weekday', () => {
    expect(dayKind(cal, '2026-03-07')).toBe('weekend'); // Saturday
    expect(dayKind(cal, '2026-03-08')).toBe('weekend'); // Sunday
    expect(dayKind(cal, '2026-03-09')).toBe('workday');
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false);
  });
  it('keeps only the Chinese name', () => {
    expect(cal.holidays['2025-10-06']).toBe('中秋');
    expect(cal.holidays['2015-09-03']).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
    expect(Object.values(cal.holidays).every((n) => !/[A-Za-z,]/.test(n))).toBe(true);
  });
  it('covers 2004–2026 and nothing else', () => {
    expect(cal.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(coversYear(cal, 2004)).toBe(true);
    expect(coversYear(cal, 2026)).toBe(true);
    expect(coversYear(cal, 2027)).toBe(false);
    expect(coversYear(cal, 2003)).toBe(false);
  });
  it('has as many entries as the package and serialises compactly', () => {
    expect(Object.keys(cal.holidays)).toHaveLength(Object.keys(json.holidays).length);
    expect(Object.keys(cal.makeupWorkdays)).toHaveLength(Object.keys(json.workdays).length);
    const size = JSON.stringify(cal).length;
    expect(size).toBeLessThan(20_000);
    expect(JSON.parse(JSON.stringify(cal))).toEqual(cal);
  });
  it('outside the data only weekends are rest days', () => {
    expect(dayKind(cal, '2027-01-01')).toBe('workday'); // Friday; the real 元旦 is unknown to the data
    expect(dayKind(cal, '2027-01-02')).toBe('weekend');
  });
  it('firstWorkingDayFrom returns the day itself or the next working day', () => {
    expect(firstWorkingDayFrom(cal, '2026-03-09')).toBe('2026-03-09');
    expect(firstWorkingDayFrom(cal, '2026-10-01')).toBe('2026-10-08');
    expect(firstWorkingDayFrom(cal, '2026-02-15')).toBe('2026-02-24');
  });
});

describe('overrides', () => {
  it('add a year the package lacks', () => {
    const c = fromChineseDays(json, [override2027]);
    expect(coversYear(c, 2027)).toBe(true);
    expect(c.years.at(-1)).toBe(2027);
    expect(dayKind(c, '2027-01-01')).toBe('holiday');
    expect(dayKind(c, '2027-01-09')).toBe('makeup');
    expect(dayKind(c, '2026-10-01')).toBe('holiday'); // package data for other years untouched
  });
  it('replace a year the package has, entirely', () => {
    const fake: CalendarOverride = {
      year: 2026,
      notice: '测试用替换数据',
      holidays: [{ date: '2026-10-05', name: '测试节' }],
      makeupWorkdays: [{ date: '2026-10-11', name: '测试节' }],
    };
    const c = fromChineseDays(json, [fake]);
    expect(dayKind(c, '2026-10-01')).toBe('workday'); // package's 国庆节 gone
    expect(dayKind(c, '2026-10-10')).toBe('weekend'); // package's make-up day gone
    expect(dayKind(c, '2026-02-16')).toBe('workday'); // whole year replaced, not just October
    expect(dayKind(c, '2026-10-05')).toBe('holiday');
    expect(holidayName(c, '2026-10-05')).toBe('测试节');
    expect(dayKind(c, '2026-10-11')).toBe('makeup');
    expect(dayKind(c, '2025-10-01')).toBe('holiday'); // other years kept
    expect(c.years).toEqual(cal.years);
  });
  it('reject malformed data loudly', () => {
    const bad: CalendarOverride = {
      year: 2027,
      notice: '',
      holidays: [
        { date: '2027-02-30', name: '春节' },
        { date: '2025-01-01', name: '元旦' },
      ],
      makeupWorkdays: [{ date: '2027-01-09', name: '' }],
    };
    expect(() => fromChineseDays(json, [bad])).toThrow(/节假日覆盖数据有误/);
    const problems = validateCalendarOverride(bad);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('2027-02-30');
    expect(problems.join('\n')).toContain('2025-01-01 不属于该年度');
  });
  it('allow a New Year make-up day in the previous December only where the notice lists it', () => {
    const december = { ...override2027, makeupWorkdays: [{ date: '2026-12-26', name: '元旦' }] };
    expect(validateCalendarOverride({ ...december, includesPriorDecember: true })).toEqual([]);
    expect(validateCalendarOverride(december).join('\n')).toMatch(/2026-12-26 是上一年12月.*includesPriorDecember: true/);
    // Any earlier month of the previous year is refused even with the flag.
    const november = { ...override2027, includesPriorDecember: true, makeupWorkdays: [{ date: '2026-11-28', name: '元旦' }] };
    expect(validateCalendarOverride(november)).toEqual(['2027年：2026-11-28 不属于该年度（2027.yaml 只能写 2027 年的日期）']);
  });
  it('refuse a make-up workday that is not a Saturday or Sunday', () => {
    // 2027-01-06 is a Wednesday.
    const wednesday = { ...override2027, makeupWorkdays: [{ date: '2027-01-06', name: '元旦' }] };
    expect(validateCalendarOverride(wednesday)).toEqual([
      '2027年：调休上班日 2027-01-06 是周三；调休上班日只能是周六或周日，请对照通知核对日期',
    ]);
  });
  it('flag a date listed twice', () => {
    const dup = { ...override2027, makeupWorkdays: [{ date: '2027-01-01', name: '元旦' }] };
    // 2027-01-01 is a Friday, so it is also refused as a make-up day; the duplicate is reported as such.
    expect(validateCalendarOverride(dup)).toContain('2027年：2027-01-01 重复出现');
  });
  it('mergeOverrides keeps the last entry per year, sorted', () => {
    const later = { ...override2027, notice: '更正' };
    const o2028: CalendarOverride = { ...override2027, year: 2028, holidays: [], makeupWorkdays: [] };
    expect(mergeOverrides([o2028, override2027, later]).map((o) => [o.year, o.notice])).toEqual([
      [2027, '更正'],
      [2028, override2027.notice],
    ]);
  });
});

describe('parseIsoDate (strict)', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (s) => {
    expect(parseIsoDate(s)).toBe(s);
  });
  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-2-3',
    '2026-02-3',
    '26-02-03',
    '2026/02/03',
    '20260203',
    '',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-01-01T00:00:00Z',
    '２０２６-01-01',
    'abcd-ef-gh',
  ])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });
  it('rejects null and undefined', () => {
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });
  it('checkIsoDate says why', () => {
    expect(checkIsoDate('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkIsoDate('2026-2-3')).toEqual({ ok: false, reason: 'format' });
    expect(checkIsoDate('2026-13-01')).toEqual({ ok: false, reason: 'month', year: 2026, month: 13 });
    expect(checkIsoDate('2026-02-30')).toEqual({ ok: false, reason: 'day', year: 2026, month: 2, daysInMonth: 28 });
  });
});

describe('date helpers', () => {
  it('addDays across month, year and leap day', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', 365)).toBe('2027-03-01');
  });
  it('addMonthsClamped', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-01-15', -13)).toBe('2024-12-15');
  });
  it('weekday (0 = Sunday)', () => {
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2026-10-10')).toBe(6);
    expect(weekday('2026-10-11')).toBe(0);
    expect(weekday('1969-12-31')).toBe(3);
    expect(weekdayCn('2026-10-10')).toBe('周六');
  });
  it('formatCn', () => {
    expect(formatCn('2026-10-01')).toBe('10月1日');
    expect(formatCn('2026-02-09')).toBe('2月9日');
    expect(formatCnFull('2026-10-01')).toBe('2026年10月1日');
  });
  it('day numbers round-trip, including years below 100', () => {
    for (const d of ['1970-01-01', '2026-10-10', '0050-03-01', '2099-12-31', '1900-03-01']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(toDayNumber('1970-01-02')).toBe(1);
  });
  it('diffDays, eachDay, isLeapYear', () => {
    expect(diffDays('2026-02-06', '2026-02-24')).toBe(18);
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(eachDay('2026-03-02', '2026-03-01')).toEqual([]);
    expect([2000, 2024, 1900, 2100, 2026].map(isLeapYear)).toEqual([true, true, false, false, false]);
  });
});

describe('override files for the same year', () => {
  it('are named together as an error', () => {
    expect(
      duplicateYears([
        { file: 'a/2027.yaml', year: 2027 },
        { file: 'a/2027-fix.yaml', year: 2027 },
        { file: 'a/2028.yaml', year: 2028 },
      ]),
    ).toEqual(['a/2027.yaml、a/2027-fix.yaml：都写了 year: 2027，同一年份只能有一个覆盖文件（合并为 2027.yaml）']);
  });
});
