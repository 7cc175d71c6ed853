/** RSS feed of the case library: the latest FEED_SIZE cases by publication date, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { casePath, getCases } from '../../queries/cases.ts';
import { href } from '../../site.ts';

/** A feed reader needs what is new, not the whole library (10,000 items would be megabytes per poll). */
const FEED_SIZE = 50;

export const GET: APIRoute = async (context) => {
  const cases = await getCases();
  // Feeds need absolute links; without a configured SITE_URL they are relative to the feed's host.
  const site = context.site ?? context.url.origin;
  const published = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
  const latest = cases
    .map((c) => ({ c, date: published(c.data.source.date) }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.c.id.localeCompare(b.c.id))
    .slice(0, FEED_SIZE);
  return rss({
    title: '调解知识库 · 优秀调解案例',
    description: '据公开报道整理的行政调解、人民调解、访调对接、行政争议纾解、行政复议调解案例',
    site,
    items: latest.map(({ c, date }) => ({
      title: c.data.title,
      link: href(casePath(c)),
      description: c.data.keyPoints.join(' '),
      pubDate: date,
      categories: [c.data.mechanism, c.data.domain, String(c.data.year)],
    })),
    customData: '<language>zh-CN</language>',
  });
};
