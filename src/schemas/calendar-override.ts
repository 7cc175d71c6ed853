/**
 * A year of the State Council's holiday arrangement that the chinese-days package does not have
 * yet (src/content/calendar-overrides/<year>.yaml). It replaces the package's data for that year.
 * This schema is the only check: the build's loader and the content tests both parse with it.
 */
import { z } from 'astro/zod';

/** Also the range the editor is told about; chinese-days starts in 2004. */
export const OVERRIDE_YEARS = { min: 2000, max: 2200 } as const;

/** A real calendar day written YYYY-MM-DD (2027-02-30 is not). */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDate = z.string({ error: '日期写作 YYYY-MM-DD，如 2027-10-01' }).refine(isCalendarDate, { error: '不是有效日期：写作 YYYY-MM-DD，如 2027-10-01' });

const day = z.object({
  date: isoDate,
  name: z.string({ error: '节日名称，如“国庆节”' }).trim().min(2, { error: '节日名称，如“国庆节”' }),
});

export const calendarOverrideSchema = z
  .object({
    year: z
      .number({ error: '年份，如 2027' })
      .int({ error: '年份，如 2027' })
      .min(OVERRIDE_YEARS.min, { error: `年份应在 ${OVERRIDE_YEARS.min}–${OVERRIDE_YEARS.max} 之间` })
      .max(OVERRIDE_YEARS.max, { error: `年份应在 ${OVERRIDE_YEARS.min}–${OVERRIDE_YEARS.max} 之间` }),
    notice: z.string({ error: '所依据的国务院办公厅通知（标题和文号）' }).trim().min(6, { error: '所依据的国务院办公厅通知（标题和文号）' }),
    noticeDate: isoDate.optional(),
    holidays: z.array(day).min(1, { error: '至少列出一个放假日' }),
    makeupWorkdays: z.array(day).default([]),
  })
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    for (const key of ['holidays', 'makeupWorkdays'] as const) {
      o[key].forEach((d, i) => {
        const y = Number(d.date.slice(0, 4));
        // A make-up working day for New Year may fall in the previous December.
        if (y !== o.year && y !== o.year - 1) ctx.addIssue({ code: 'custom', path: [key, i, 'date'], message: `${d.date} 不属于 ${o.year} 年` });
        if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [key, i, 'date'], message: `${d.date} 重复出现` });
        seen.add(d.date);
      });
    }
  });

export type CalendarOverride = z.output<typeof calendarOverrideSchema>;
