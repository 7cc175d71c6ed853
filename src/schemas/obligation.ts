/**
 * Obligations of the annual work calendar (年度工作日历). `schedule` is what the .ics export turns
 * into events; `when` is how the page says it. Most recur every year; those with `once` do not.
 */
import { z } from 'astro/zod';
import { citations, localId } from './common.ts';
import { UNITS } from './units.ts';
import { isoDateProblem } from './date-check.ts';

const month = z.number().int().min(1, { error: '月份为 1–12' }).max(12, { error: '月份为 1–12' });
// A real month and day; 02-29 is allowed (it exists in leap years).
const monthDay = z.string({ error: '月日写作 MM-DD，如 03-15' }).superRefine((text, ctx) => {
  const problem = /^\d{2}-\d{2}$/.test(text) ? isoDateProblem(`2000-${text}`) : '格式不对';
  if (problem) ctx.addIssue({ code: 'custom', message: `“${text}”不是有效的月日，应写作 MM-DD，如 03-15` });
});

export const scheduleSchema = z.discriminatedUnion(
  'freq',
  [
    // No `day` when the document says only "每月一次": the calendar then shows the whole month, not an invented date.
    z.object({ freq: z.literal('monthly'), day: z.number().int().min(1).max(28, { error: '每月日期最多写 28（每个月都有）' }).optional() }),
    z.object({ freq: z.literal('semimonthly') }),
    z.object({ freq: z.literal('quarterly'), monthOfQuarter: z.number().int().min(1).max(3).default(3) }),
    z.object({ freq: z.literal('semiannual'), months: z.array(month).length(2, { error: '半年一次：写两个月份，如 [6, 12]' }) }),
    z.object({ freq: z.literal('yearly'), months: z.array(month).min(1) }),
    z.object({ freq: z.literal('range'), start: monthDay, end: monthDay }),
    z.object({ freq: z.literal('event'), count: z.number().int().positive(), unit: z.enum(UNITS) }),
  ],
  { error: 'schedule.freq 只能是 monthly / semimonthly / quarterly / semiannual / yearly / range / event' },
);

export const obligationSchema = z.object({
  id: localId,
  title: z.string({ error: '事项名称' }).min(2),
  who: z.string({ error: '由谁负责' }).min(2),
  when: z.string({ error: '用一句话写时间要求，如“每月28日前”' }).min(2),
  /**
   * 方案年度内一次: the document schedules the work once, for the year it was written for (002's
   * campaigns: "4月份" training, "11月份" case selection …), and never says 每年. The value is that
   * plan year as the site dates the document. Such work is kept out of the recurring calendar:
   * it has occurrences in that year only, so no later year's page or .ics shows it.
   */
  once: z
    .number({ error: '方案年度（文件只安排一次的活动写文件所定的年份，如 2023）' })
    .int({ error: '写四位年份，如 2023' })
    .min(1949, { error: '写四位年份，如 2023' })
    .optional(),
  /**
   * The time requirement alone, in the document's words, without the activity ("每季度一次", "11月份"):
   * what a study question offers as a choice. A choice that names its own activity would be wrong for
   * any other activity without knowing the rule. Absent: the obligation is neither asked nor offered.
   */
  timing: z.string({ error: '只写时间要求、不写活动内容（如“每季度一次”“11月份”）' }).min(2).optional(),
  schedule: scheduleSchema,
  cites: citations,
});

export type Obligation = z.output<typeof obligationSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
