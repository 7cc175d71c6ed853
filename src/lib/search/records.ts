/**
 * Search records for regulation provisions: one per numbered provision, pointing at its anchor,
 * with the citation as its title. Pure; the Pagefind integration feeds them to the indexer.
 */
import { routes } from '../text/routes.ts';
import { bodyBlocks, numberProvisions, provisionLabel, provisionTexts } from '../provisions/numbering.ts';
import { withBase } from '../text/paths.ts';

/** A Pagefind custom record for one provision (not the provision index's ProvisionRecord). */
export interface ProvisionSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function provisionRecords(docs: { id: string; shortTitle: string; body: string }[], base: string): ProvisionSearchRecord[] {
  return docs.flatMap((doc) => {
    const blocks = bodyBlocks(doc.body);
    const texts = provisionTexts(blocks);
    return numberProvisions(blocks).map((p) => {
      const label = `《${doc.shortTitle}》${provisionLabel(p)}`;
      return {
        url: withBase(base, routes.provision(doc.id, p.path)),
        content: texts.get(p.path) ?? '',
        language: 'zh-cn',
        meta: { title: `${label} ${p.title}`, type: '法规条款' },
        filters: { 类型: ['法规条款'], 文件: [doc.shortTitle] },
      };
    });
  });
}
