/**
 * Recurring obligations of the annual work calendar (年度工作日历). `schedule` is what the .ics
 * export turns into events; `when` is how the page says it.
 */
import { z } from 'astro/zod';
import { citations, localId } from './common.ts';
import { UNITS } from './units.ts';

const month = z.number().int().min(1, { error: '月份为 1–12' }).max(12, { error: '月份为 1–12' });
const monthDay = z.string().regex(/^\d{2}-\d{2}$/, { error: '月日写作 MM-DD，如 03-15' });

export const scheduleSchema = z.discriminatedUnion(
  'freq',
  [
    z.object({ freq: z.literal('monthly'), day: z.number().int().min(1).max(28, { error: '每月日期最多写 28（每个月都有）' }) }),
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
  schedule: scheduleSchema,
  cites: citations,
});

export type Obligation = z.output<typeof obligationSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
