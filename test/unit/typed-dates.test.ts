import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../src/lib/text/dates.ts';

// The forms people type, from issue 13 and the design contract (DESIGN.md, "Date fields").
describe('parseTypedDate', () => {
  it.each([
    ['2026-09-28', '2026-09-28'],
    ['2026/9/28', '2026-09-28'],
    ['2026.9.28', '2026-09-28'],
    ['2026年9月28日', '2026-09-28'],
    ['2026年9月28号', '2026-09-28'],
    ['2026年9月28', '2026-09-28'],
    ['20260928', '2026-09-28'],
    ['2026-9-28', '2026-09-28'],
    ['2026/02/03', '2026-02-03'],
    [' 2026-9-8 ', '2026-09-08'],
    ['２０２６年９月２８日', '2026-09-28'],
    ['2024.2.29', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseTypedDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each(['abc', '2026-9/28', '2026-02-03T00:00', '26-9-28', '202609', '2026928', '9/28/2026', '2026年9月'])(
    '%j is not a date',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ ok: false, reason: 'format' });
    },
  );

  it('says why a well-formed date does not exist', () => {
    expect(parseTypedDate('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseTypedDate('2026/13/1')).toEqual({ ok: false, reason: 'month', year: 2026, month: 13 });
    expect(parseTypedDate('2026年2月30日')).toEqual({ ok: false, reason: 'day', year: 2026, month: 2, daysInMonth: 28 });
    expect(parseTypedDate('20250229')).toEqual({ ok: false, reason: 'day', year: 2025, month: 2, daysInMonth: 28 });
  });
});
