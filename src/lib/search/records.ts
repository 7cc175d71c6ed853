/**
 * Search records for document provisions: one per numbered provision, pointing at its anchor,
 * with the citation as its title. Pure; the Pagefind integration feeds them to the indexer.
 */
import { routes } from '../text/routes.ts';
import { docBlocks, numberProvisions, provisionLabel, provisionTexts, type Scheme } from '../provisions/numbering.ts';
import { withBase } from '../text/paths.ts';

/** A Pagefind custom record for one provision (not the provision index's ProvisionRecord). */
export interface ProvisionSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function provisionRecords(
  docs: { id: string; shortTitle: string; body: string; scheme?: Scheme }[],
  base: string,
): ProvisionSearchRecord[] {
  return docs.flatMap((doc) => {
    const scheme = doc.scheme ?? 'policy';
    const blocks = docBlocks(doc.body);
    const texts = provisionTexts(blocks, scheme);
    // A statute's first 款 shares its article's block: one record for that block is enough.
    return numberProvisions(blocks, scheme)
      .filter((p) => p.anchorPath === undefined)
      .map((p) => {
        const label = `《${doc.shortTitle}》${provisionLabel(p)}`;
        return {
          url: withBase(base, routes.provision(doc.id, p.anchorPath ?? p.path)),
          content: texts.get(p.path) ?? '',
          language: 'zh-cn',
          meta: { title: `${label} ${p.title}`, type: '法规条款' },
          filters: { 类型: ['法规条款'], 文件: [doc.shortTitle] },
        };
      });
  });
}
