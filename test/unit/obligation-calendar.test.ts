import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { byMonth, occurrences, type ObligationLike } from '../../src/lib/work-calendar/obligations.ts';
import { obligationsIcs } from '../../src/lib/work-calendar/ics.ts';

const o = (id: string, schedule: ObligationLike['schedule']): ObligationLike & { citeText: string } => ({
  id, title: `事项${id}`, who: '司法局', when: '按文件', schedule, citeText: '《完善“访调对接”机制实施意见》第七部分',
});

describe('occurrences', () => {
  it('monthly report by the 28th gives twelve due dates', () => {
    const occ = occurrences(o('a', { freq: 'monthly', day: 28 }), 2026);
    expect(occ).toHaveLength(12);
    expect(occ[1]).toEqual({ obligation: 'a', start: '2026-02-28', end: '2026-02-28', kind: 'due' });
  });
  it('half-monthly falls on the 15th and the month end (29 February in a leap year)', () => {
    const occ = occurrences(o('b', { freq: 'semimonthly' }), 2024);
    expect(occ).toHaveLength(24);
    expect(occ.slice(2, 4).map((x) => x.start)).toEqual(['2024-02-15', '2024-02-29']);
  });
  it('quarterly is the last month of each quarter by default', () => {
    expect(occurrences(o('c', { freq: 'quarterly', monthOfQuarter: 3 }), 2026).map((x) => `${x.start}..${x.end}`)).toEqual([
      '2026-03-01..2026-03-31', '2026-06-01..2026-06-30', '2026-09-01..2026-09-30', '2026-12-01..2026-12-31',
    ]);
  });
  it('a campaign spans its dates; an event-driven duty has none', () => {
    expect(occurrences(o('d', { freq: 'range', start: '03-15', end: '04-15' }), 2026)).toEqual([{ obligation: 'd', start: '2026-03-15', end: '2026-04-15', kind: 'span' }]);
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
  const list = [o('monthly', { freq: 'monthly', day: 28 }), o('campaign', { freq: 'range', start: '03-15', end: '04-15' }), o('event', { freq: 'event', count: 3, unit: 'workday' })];
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
