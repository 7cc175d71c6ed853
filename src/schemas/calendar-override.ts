/**
 * A year of the State Council's holiday arrangement that the chinese-days package does not have
 * yet (src/content/calendar-overrides/<year>.yaml). It replaces the package's data for that year.
 * The date rules (real dates, make-up days on weekends, dates in the file's year) are the ones of
 * src/schemas/calendar-override-rules.ts, which the calendar applies too, so they cannot disagree.
 */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { overrideProblems } from './calendar-override-rules.ts';

const day = z.object({
  date: isoDate,
  name: z.string({ error: 'name：节日名称，如“国庆节”' }).min(2, { error: 'name：节日名称，如“国庆节”' }),
});

export const calendarOverrideSchema = z
  .object({
    year: z.number({ error: 'year：年份，如 2027' }).int().min(2000).max(2200),
    notice: z.string({ error: 'notice：所依据的国务院办公厅通知（标题和文号）' }).min(6),
    noticeDate: isoDate.optional(),
    /** Only when the notice lists days of the previous December (e.g. a New Year make-up day). */
    includesPriorDecember: z.boolean({ error: 'includesPriorDecember 应为 true 或 false' }).default(false),
    holidays: z.array(day).min(1, { error: 'holidays：至少列出一个放假日' }),
    makeupWorkdays: z.array(day).default([]),
  })
  .superRefine((o, ctx) => {
    // Dates that are not real dates are already reported by `isoDate`; the rest is checked here.
    for (const p of overrideProblems(o)) {
      if (!/日期无效/.test(p.message)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    }
  });

export type CalendarOverrideEntry = z.output<typeof calendarOverrideSchema>;
