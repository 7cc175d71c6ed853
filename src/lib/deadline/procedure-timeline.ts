/**
 * Procedure mode of the deadline calculator: every deadline of a procedure laid out from one
 * start date, with and without the allowed extension. A deadline with `after` starts when the
 * earlier deadline ends (its latest end), so a chain like 调解 15 日 → 反馈 5 个工作日 adds up.
 */
import type { CalendarData } from './holiday-calendar.ts';
import type { ProcedureDeadline, ProcedureStep } from '../../schemas/procedure.ts';
import { computeDeadline, type DeadlineBasis, type DeadlineResult } from './rules.ts';

/** What the timeline reads of a deadline: the schema's type, without the text it does not use. */
export type TimelineDeadline = Pick<ProcedureDeadline, 'id' | 'label' | 'count' | 'unit' | 'from' | 'after' | 'extension'>;
export type TimelineStep = Pick<ProcedureStep, 'name'> & { deadlines: TimelineDeadline[] };

export interface TimelineRow {
  step: string;
  deadline: TimelineDeadline;
  /** The day the period runs from (not counted). */
  start: string;
  result: DeadlineResult;
  /** Count after the longest allowed extension, or undefined when none is allowed. */
  extendedCount?: number;
  extended?: DeadlineResult;
}

/** The longest period the extension rule allows: 15 → at most 30 in total; 30 + at most 30 more. */
export function extendedCount(d: TimelineDeadline): number | undefined {
  if (!d.extension) return undefined;
  if (d.extension.maxTotal !== undefined) return d.extension.maxTotal;
  if (d.extension.additional !== undefined) return d.count + d.extension.additional;
  return undefined;
}

export function procedureTimeline(steps: TimelineStep[], start: string, cal: CalendarData, basis: DeadlineBasis): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const byId = new Map<string, TimelineRow>();
  for (const step of steps) {
    for (const deadline of step.deadlines) {
      const prev = deadline.after ? byId.get(deadline.after) : undefined;
      const from = prev ? (prev.extended ?? prev.result).due : start;
      const result = computeDeadline({ start: from, count: deadline.count, unit: deadline.unit }, cal, basis);
      const ext = extendedCount(deadline);
      const row: TimelineRow = {
        step: step.name,
        deadline,
        start: from,
        result,
        ...(ext !== undefined
          ? { extendedCount: ext, extended: computeDeadline({ start: from, count: ext, unit: deadline.unit }, cal, basis) }
          : {}),
      };
      rows.push(row);
      byId.set(deadline.id, row);
    }
  }
  return rows;
}
