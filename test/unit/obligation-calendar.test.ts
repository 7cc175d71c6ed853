import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { byMonth, isRecurring, occurrenceLabel, occurrences, type ObligationLike } from '../../src/lib/work-calendar/obligations.ts';
import { obligationsIcs } from '../../src/lib/work-calendar/ics.ts';

const o = (id: string, schedule: ObligationLike['schedule']): ObligationLike & { citeText: string } => ({
  id,
  title: `事项${id}`,
  who: '司法局',
  when: '按文件',
  schedule,
  citeText: '《完善“访调对接”机制实施意见》第七部分',
});

describe('occurrences', () => {
  it('monthly report by the 28th gives twelve due dates', () => {
    const occ = occurrences(o('a', { freq: 'monthly', day: 28 }), 2026);
    expect(occ).toHaveLength(12);
    expect(occ[1]).toEqual({ obligation: 'a', start: '2026-02-28', end: '2026-02-28', kind: 'due' });
  });
  it('half-monthly with no dates is the first and the second half of each month (to 29 February in a leap year), no due day', () => {
    const occ = occurrences(o('b', { freq: 'semimonthly' }), 2024);
    expect(occ).toHaveLength(24);
    expect(occ.slice(2, 4).map((x) => `${x.start}..${x.end}`)).toEqual(['2024-02-01..2024-02-15', '2024-02-16..2024-02-29']);
    expect(occ.every((x) => x.kind === 'span')).toBe(true);
    expect(occ.slice(2, 4).map(occurrenceLabel)).toEqual(['1日至15日', '16日至29日']);
  });
  it('monthly with no day (“每月一次”) is the whole month, shown as 本月内, never a day', () => {
    const occ = occurrences(o('m', { freq: 'monthly' }), 2026);
    expect(occ).toHaveLength(12);
    expect(occ.map(occurrenceLabel)).toEqual(Array(12).fill('本月内'));
    expect(occurrenceLabel(occurrences(o('n', { freq: 'monthly', day: 28 }), 2026)[0]!)).toBe('28日前');
  });
  it('work planned once for its plan year (方案年度内一次) occurs in that year only, and never in a .ics', () => {
    const once = { ...o('x', { freq: 'yearly', months: [4] }), once: 2023 };
    expect(occurrences(once, 2023).map((x) => `${x.start}..${x.end}`)).toEqual(['2023-04-01..2023-04-30']);
    for (const y of [2024, 2025, 2026, 2027, 2028]) expect(occurrences(once, y)).toEqual([]);
    expect(isRecurring(once)).toBe(false);
    expect(
      obligationsIcs(
        [
          { ...once, citeText: '依据' },
          { ...o('r', { freq: 'yearly', months: [4] }), citeText: '依据' },
        ],
        2023,
      ),
    ).not.toContain('x-2023');
  });
  it('quarterly is the last month of each quarter by default', () => {
    expect(occurrences(o('c', { freq: 'quarterly', monthOfQuarter: 3 }), 2026).map((x) => `${x.start}..${x.end}`)).toEqual([
      '2026-03-01..2026-03-31',
      '2026-06-01..2026-06-30',
      '2026-09-01..2026-09-30',
      '2026-12-01..2026-12-31',
    ]);
  });
  it('a campaign spans its dates; an event-driven duty has none', () => {
    expect(occurrences(o('d', { freq: 'range', start: '03-15', end: '04-15' }), 2026)).toEqual([
      { obligation: 'd', start: '2026-03-15', end: '2026-04-15', kind: 'span' },
    ]);
    expect(occurrences(o('e', { freq: 'event', count: 3, unit: 'workday' }), 2026)).toEqual([]);
  });
  it('groups by month, a span appearing in every month it touches', () => {
    const months = byMonth([o('d', { freq: 'range', start: '03-15', end: '04-15' })], 2026);
    expect(months.get(3)).toHaveLength(1);
    expect(months.get(4)).toHaveLength(1);
    expect(months.get(5)).toHaveLength(0);
  });
});

describe('the annual calendar file', () => {
  const list = [
    o('monthly', { freq: 'monthly', day: 28 }),
    o('campaign', { freq: 'range', start: '03-15', end: '04-15' }),
    o('event', { freq: 'event', count: 3, unit: 'workday' }),
  ];
  const text = obligationsIcs(list, 2026, 'https://example.org/tiaojie/calendar/');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses as iCalendar with one event per dated occurrence', () => {
    expect(cal.name).toBe('vcalendar');
    expect(events).toHaveLength(13);
    expect(new Set(events.map((e) => e.uid)).size).toBe(13);
  });
  it('holds the expected dates as all-day events', () => {
    const feb = events.find((e) => e.startDate.toString() === '2026-02-28')!;
    expect(feb.summary).toBe('截止：事项monthly');
    expect(feb.startDate.isDate).toBe(true);
    const campaign = events.find((e) => e.summary === '事项campaign')!;
    expect(campaign.startDate.toString()).toBe('2026-03-15');
    expect(campaign.endDate.toString()).toBe('2026-04-16'); // exclusive end
  });
  it('reminds the day before a due date and cites the provision', () => {
    const feb = events.find((e) => e.startDate.toString() === '2026-02-28')!;
    const alarm = feb.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT24H');
    expect(feb.description).toContain('《完善“访调对接”机制实施意见》第七部分');
    expect(feb.component.getFirstPropertyValue('url')).toBe('https://example.org/tiaojie/calendar/#monthly');
  });
});
