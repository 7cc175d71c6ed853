/**
 * The annual work calendar: recurring obligations expanded into the dated occurrences of one
 * year (for the month-by-month page and the .ics file). Event-driven duties ("3 working days
 * after taking a case") have no date of their own and are listed apart; work a document plans
 * once (`once`, 方案年度内一次) occurs in its plan year only.
 */
import type { Obligation, Schedule } from '../../schemas/obligation.ts';
import { addDays, daysInMonth, makeDate } from '../text/dates.ts';

export type { Schedule };
export type ObligationLike = Pick<Obligation, 'id' | 'title' | 'who' | 'when' | 'schedule'> & { once?: number | undefined };

export interface Occurrence {
  obligation: string;
  /** First day (inclusive) */
  start: string;
  /** Last day (inclusive); equal to start for a single-day deadline */
  end: string;
  /** "due by" a day, or "during" a span */
  kind: 'due' | 'span';
}

const monthSpan = (id: string, year: number, month: number): Occurrence => ({
  obligation: id,
  start: makeDate(year, month, 1),
  end: makeDate(year, month, daysInMonth(year, month)),
  kind: 'span',
});

/** Whether the obligation recurs every year (not 方案年度内一次). */
export function isRecurring(o: ObligationLike): boolean {
  return o.once === undefined;
}

export function occurrences(o: ObligationLike, year: number): Occurrence[] {
  if (o.once !== undefined && o.once !== year) return [];
  const s = o.schedule;
  const span = (start: string, end: string): Occurrence => ({ obligation: o.id, start, end, kind: 'span' });
  const due = (month: number, day: number): Occurrence => ({
    obligation: o.id,
    start: makeDate(year, month, day),
    end: makeDate(year, month, day),
    kind: 'due',
  });
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  switch (s.freq) {
    case 'monthly':
      // A day only when the document names one ("28日前"); else the whole month.
      return months.map((m) => (s.day === undefined ? monthSpan(o.id, year, m) : due(m, s.day)));
    case 'semimonthly':
      // 每半月 with no date: the first and the second half of each month.
      return months.flatMap((m) => [
        span(makeDate(year, m, 1), makeDate(year, m, 15)),
        span(makeDate(year, m, 16), makeDate(year, m, daysInMonth(year, m))),
      ]);
    case 'quarterly':
      return [0, 3, 6, 9].map((q) => monthSpan(o.id, year, q + s.monthOfQuarter));
    case 'semiannual':
    case 'yearly':
      return [...s.months].sort((a, b) => a - b).map((m) => monthSpan(o.id, year, m));
    case 'range':
      return [{ obligation: o.id, start: `${year}-${s.start}`, end: `${year}-${s.end}`, kind: 'span' }];
    case 'event':
      return [];
  }
}

/** Occurrences of all obligations that touch the given month, for the page's month sections. */
export function byMonth(obligations: ObligationLike[], year: number): Map<number, { o: ObligationLike; occ: Occurrence }[]> {
  const out = new Map<number, { o: ObligationLike; occ: Occurrence }[]>(Array.from({ length: 12 }, (_, i) => [i + 1, []]));
  for (const o of obligations) {
    for (const occ of occurrences(o, year)) {
      const first = Number(occ.start.slice(5, 7));
      const last = Number(occ.end.slice(5, 7));
      for (let m = first; m <= last; m++) out.get(m)?.push({ o, occ });
    }
  }
  return out;
}

/** How the month grid says an occurrence: "28日前", "本月内", "1日至15日", "3月15日至4月15日". */
export function occurrenceLabel(occ: Occurrence): string {
  const day = (d: string) => Number(d.slice(8, 10));
  const month = (d: string) => Number(d.slice(5, 7));
  if (occ.kind === 'due') return `${day(occ.start)}日前`;
  if (month(occ.start) !== month(occ.end)) return `${month(occ.start)}月${day(occ.start)}日至${month(occ.end)}月${day(occ.end)}日`;
  const year = Number(occ.start.slice(0, 4));
  if (day(occ.start) === 1 && day(occ.end) === daysInMonth(year, month(occ.start))) return '本月内';
  return `${day(occ.start)}日至${day(occ.end)}日`;
}

/** ics wants [y, m, d] and an exclusive end for all-day events. */
export function icsDateRange(occ: Occurrence): { start: [number, number, number]; end: [number, number, number] } {
  const parts = (d: string): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
  return { start: parts(occ.start), end: parts(addDays(occ.end, 1)) };
}
