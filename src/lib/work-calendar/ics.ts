/** The annual work calendar as an iCalendar (RFC 5545) file, generated with the ics package. */
import { createEvents, type EventAttributes } from 'ics';
import { icsDateRange, isRecurring, occurrences, type ObligationLike } from './obligations.ts';

/** `pageUrl` links each event back to the calendar page; omitted when the site has no public address. */
export function obligationsIcs(obligations: (ObligationLike & { citeText: string })[], year: number, pageUrl?: string): string {
  // Work planned once for a document's own year (方案年度内一次) is not put into anyone's calendar.
  const events: EventAttributes[] = obligations.filter(isRecurring).flatMap((o) =>
    occurrences(o, year).map((occ, i) => {
      const { start, end } = icsDateRange(occ);
      return {
        productId: '-//mediation-kb//work-calendar//ZH',
        uid: `${o.id}-${year}-${i}@mediation-kb`,
        start,
        end,
        title: occ.kind === 'due' ? `截止：${o.title}` : o.title,
        description: `${o.who}；${o.when}。依据：${o.citeText}`,
        ...(pageUrl ? { url: `${pageUrl}#${o.id}` } : {}),
        categories: ['调解工作'],
        busyStatus: 'FREE',
        transp: 'TRANSPARENT',
        ...(occ.kind === 'due'
          ? { alarms: [{ action: 'display', description: `明日截止：${o.title}`, trigger: { hours: 24, before: true } }] }
          : {}),
      } satisfies EventAttributes;
    }),
  );
  const { error, value } = createEvents(events, { calName: `调解工作日历 ${year}` });
  if (error || !value) throw new Error(`无法生成 ${year} 年工作日历：${error?.message ?? '无内容'}`, { cause: error });
  return value;
}
