/**
 * Month grids for "the working" of a deadline: which days were skipped and why. Weeks start on
 * Monday, as on Chinese office calendars.
 */
import type { DayKind } from './holiday-calendar.ts';
import { addDays, daysInMonth, makeDate, weekday, ymd } from '../text/dates.ts';

export interface GridDay {
  date: string;
  kind: DayKind;
  counted: boolean;
  holidayName?: string | undefined;
}

export interface GridCell {
  date: string;
  day: number;
  kind: DayKind;
  /** Inside the period (start, due] */
  inPeriod: boolean;
  counted: boolean;
  isStart: boolean;
  isDue: boolean;
  holidayName?: string | undefined;
}

export interface MonthGrid {
  year: number;
  month: number;
  /** Rows of 7 cells, Monday first; null pads days of other months. */
  weeks: (GridCell | null)[][];
}

/** Months to draw: all when the period spans at most `max` months, else the first and the last. */
export function monthsToDraw(start: string, due: string, max = 3): { year: number; month: number }[] {
  const a = ymd(start);
  const b = ymd(due);
  const span = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (span > max)
    return [
      { year: a.year, month: a.month },
      { year: b.year, month: b.month },
    ];
  return Array.from({ length: span }, (_, i) => {
    const m = a.month - 1 + i;
    return { year: a.year + Math.floor(m / 12), month: (m % 12) + 1 };
  });
}

export function monthGrid(
  year: number,
  month: number,
  period: { start: string; due: string; days: GridDay[] },
  kindOf: (date: string) => DayKind,
): MonthGrid {
  const byDate = new Map(period.days.map((d) => [d.date, d]));
  const first = makeDate(year, month, 1);
  const lead = (weekday(first) + 6) % 7; // weekday(): 0 = Sunday
  const cells: (GridCell | null)[] = Array.from({ length: lead }, () => null);
  for (let i = 0; i < daysInMonth(year, month); i++) {
    const date = addDays(first, i);
    const info = byDate.get(date);
    cells.push({
      date,
      day: i + 1,
      kind: info?.kind ?? kindOf(date),
      inPeriod: date > period.start && date <= period.due,
      counted: info?.counted ?? false,
      isStart: date === period.start,
      isDue: date === period.due,
      holidayName: info?.holidayName,
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (GridCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks };
}
