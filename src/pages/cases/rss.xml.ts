/** RSS feed of the case library, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { casePath, getCases } from '../../queries/cases.ts';
import { href } from '../../site.ts';

export const GET: APIRoute = async (context) => {
  const cases = await getCases();
  // Feeds need absolute links; without a configured SITE_URL they are relative to the feed's host.
  const site = context.site ?? context.url.origin;
  return rss({
    title: '调解知识库 · 优秀调解案例',
    description: '据公开报道整理的行政调解、人民调解、访调对接、行政争议纾解、行政复议调解案例',
    site,
    items: cases.map((c) => ({
      title: c.data.title,
      link: href(casePath(c)),
      description: c.data.keyPoints.join(' '),
      pubDate: new Date(`${c.data.source.date.length === 7 ? `${c.data.source.date}-01` : c.data.source.date}T00:00:00Z`),
      categories: [c.data.mechanism, c.data.domain, String(c.data.year)],
    })),
    customData: '<language>zh-CN</language>',
  });
};
