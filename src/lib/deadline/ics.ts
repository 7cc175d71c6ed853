/**
 * "加入日历": an iCalendar (RFC 5545) file with one all-day event on the due
 * date and a reminder the day before.
 */
import { createEvent, type EventAttributes } from 'ics';
import { addDays, parseIsoDate, ymd, type IsoDate } from '../text/dates.ts';

export type DeadlineIcsInput = {
  due: IsoDate;
  title: string;
  description: string;
  url?: string;
  /** Stable id lets a re-download update the same calendar entry; ics generates one otherwise. */
  uid?: string;
};

const PRODUCT_ID = '-//mediation-kb//deadline//ZH';

function dateArray(date: IsoDate): [number, number, number] {
  const { year, month, day } = ymd(date);
  return [year, month, day];
}

export function deadlineIcs(input: DeadlineIcsInput): string {
  // ics silently rolls 2026-02-30 into March, so check the date ourselves.
  if (parseIsoDate(input.due) === null) throw new Error(`无法生成日历文件：届满日“${input.due}”不是有效日期`);
  const event: EventAttributes = {
    productId: PRODUCT_ID,
    start: dateArray(input.due),
    // All-day events end (exclusively) on the next day.
    end: dateArray(addDays(input.due, 1)),
    title: input.title,
    description: input.description,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    // {hours: 24} rather than {days: 1}: ics renders the latter as "-P1DT", which RFC 5545 does not allow.
    alarms: [{ action: 'display', description: `明日到期：${input.title}`, trigger: { hours: 24, before: true } }],
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.uid !== undefined ? { uid: input.uid } : {}),
  };
  const { error, value } = createEvent(event);
  if (error) throw new Error(`无法生成日历文件：${error.message}`, { cause: error });
  if (value === null) throw new Error('无法生成日历文件：ics 未返回内容');
  return value;
}
