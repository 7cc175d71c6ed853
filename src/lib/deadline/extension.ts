/**
 * How a deadline's extension rule is written, once for the procedure page, the study sheet and the
 * comparison table. The two rules of the documents read differently and must stay apart:
 * `maxTotal` caps the whole period (15 日, extended at most to 30 in total), `additional` comes on
 * top (30 个工作日, plus at most 30 more).
 */
import type { ProcedureDeadline } from '../../schemas/procedure.ts';
import { UNIT_LABELS } from '../../schemas/units.ts';

type WithExtension = Pick<ProcedureDeadline, 'unit' | 'extension'>;

/** “确有必要的，可延长，总共不超过 30日”, or null when the documents allow no extension. */
export function extensionSentence(d: WithExtension): string | null {
  const e = d.extension;
  if (!e) return null;
  const unit = UNIT_LABELS[d.unit];
  return e.maxTotal !== undefined
    ? `${e.condition}的，可延长，总共不超过 ${e.maxTotal}${unit}`
    : `${e.condition}的，可再延长不超过 ${e.additional}${unit}`;
}

/** For a table cell: “总共≤30日” or “+≤30个工作日”, or null. */
export function extensionShort(d: WithExtension): string | null {
  const e = d.extension;
  if (!e) return null;
  const unit = UNIT_LABELS[d.unit];
  return e.maxTotal !== undefined ? `总共≤${e.maxTotal}${unit}` : `+≤${e.additional}${unit}`;
}
