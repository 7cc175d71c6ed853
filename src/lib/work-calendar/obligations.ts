/**
 * The annual work calendar: recurring obligations expanded into the dated occurrences of one
 * year (for the month-by-month page and the .ics file). Event-driven duties ("3 working days
 * after taking a case") have no date of their own and are listed apart.
 */
import type { Obligation } from '../../schemas/obligation.ts';
import { addDays, daysInMonth, makeDate } from '../text/dates.ts';

export type { Schedule } from '../../schemas/obligation.ts';

/** What the calendar reads of an obligation (tests and the .ics export pass no citations). */
export type ObligationLike = Pick<Obligation, 'id' | 'title' | 'who' | 'when' | 'schedule'>;

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

export function occurrences(o: ObligationLike, year: number): Occurrence[] {
  const s = o.schedule;
  const due = (month: number, day: number): Occurrence => ({ obligation: o.id, start: makeDate(year, month, day), end: makeDate(year, month, day), kind: 'due' });
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  switch (s.freq) {
    case 'monthly':
      return months.map((m) => due(m, s.day));
    case 'semimonthly':
      // Twice a month: by the 15th and by the month's last day.
      return months.flatMap((m) => [due(m, 15), due(m, daysInMonth(year, m))]);
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

/** ics wants [y, m, d] and an exclusive end for all-day events. */
export function icsDateRange(occ: Occurrence): { start: [number, number, number]; end: [number, number, number] } {
  const parts = (d: string): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
  return { start: parts(occ.start), end: parts(addDays(occ.end, 1)) };
}
