/** Titles and provision headings for the search page's fuzzy fallback. */
import { routes } from '../../lib/text/routes.ts';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDocuments, getProvisionIndex } from '../../queries/regulations.ts';
import { getCases, casePath } from '../../queries/cases.ts';
import { href } from '../../site.ts';

export const GET: APIRoute = async () => {
  const entries: { url: string; title: string; type: string; excerpt: string }[] = [];
  for (const d of await getDocuments())
    entries.push({
      url: href(routes.regulation(d.id)),
      title: d.data.shortTitle,
      type: d.collection === 'statutes' ? '法律法规' : '法规文件',
      excerpt: d.data.summary,
    });
  for (const p of (await getProvisionIndex()).values())
    if (p.anchorPath === undefined)
      entries.push({
        url: href(`${routes.regulation(p.doc)}#${p.anchor}`),
        title: `${p.citeText} ${p.title}`,
        type: '法规条款',
        excerpt: p.title,
      });
  for (const p of await getCollection('procedures'))
    entries.push({ url: href(routes.procedure(p.id)), title: p.data.title, type: '程序', excerpt: p.data.summary });
  for (const c of await getCollection('checklists'))
    entries.push({ url: href(routes.checklist(c.id)), title: c.data.title, type: '清单', excerpt: c.data.summary });
  for (const g of await getCollection('glossary'))
    entries.push({ url: href(routes.glossaryTerm(g.id)), title: g.data.term, type: '术语', excerpt: g.data.definition.slice(0, 60) });
  for (const c of await getCases())
    entries.push({ url: href(casePath(c)), title: c.data.title, type: '案例', excerpt: c.data.keyPoints[0] ?? '' });
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
