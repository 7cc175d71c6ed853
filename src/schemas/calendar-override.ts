/**
 * A year of the State Council's holiday arrangement that the chinese-days package does not have
 * yet (src/content/calendar-overrides/<year>.yaml). It replaces the package's data for that year.
 */
import { z } from 'astro/zod';

const day = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期写作 YYYY-MM-DD，如 2027-10-01' }),
  name: z.string({ error: 'name：节日名称，如“国庆节”' }).min(2),
});

export const calendarOverrideSchema = z.object({
  year: z.number({ error: 'year：年份，如 2027' }).int().min(2000).max(2200),
  notice: z.string({ error: 'notice：所依据的国务院办公厅通知（标题和文号）' }).min(6),
  noticeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  holidays: z.array(day).min(1, { error: 'holidays：至少列出一个放假日' }),
  makeupWorkdays: z.array(day).default([]),
});

export type CalendarOverrideEntry = z.infer<typeof calendarOverrideSchema>;
