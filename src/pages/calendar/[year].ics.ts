/** /calendar/<year>.ics — the recurring obligations of one year as calendar events. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getProvisionIndex } from '../../queries/regulations.ts';
import { obligationsIcs } from '../../lib/work-calendar/ics.ts';
import { calendarYears } from '../../queries/work-calendar-years.ts';

export const getStaticPaths: GetStaticPaths = () => calendarYears().map((year) => ({ params: { year: String(year) } }));

export const GET: APIRoute = async ({ params, site }) => {
  const index = await getProvisionIndex();
  const obligations = (await getCollection('obligations')).map((o) => ({
    ...o.data,
    citeText: o.data.cites.map((id) => index.get(id)?.citeText ?? id).join('；'),
  }));
  // Only a configured public address (SITE_URL) is worth writing into people's calendars.
  const pageUrl = site ? new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/calendar/`, site).href : undefined;
  return new Response(obligationsIcs(obligations, Number(params['year']), pageUrl), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
