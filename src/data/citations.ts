/**
 * Who cites what, across all collections, and the build-time check that every citation
 * resolves. New collections (procedures, cases, …) add their citations in `collectCitations`.
 */
import { findUnknownCitations } from '../lib/citations.ts';
import { extractCiteIds } from '../lib/cite-usage.ts';
import { getKnownCitationIds, getRegulations } from './regulations.ts';

export interface CitingItem {
  /** What cites: 案例, 程序步骤, 清单条目 … */
  kind: string;
  title: string;
  path: string;
  /** Source file, for error messages */
  file: string;
  id: string;
}

let citationsPromise: Promise<CitingItem[]> | undefined;

export function collectCitations(): Promise<CitingItem[]> {
  citationsPromise ??= (async () => {
    const items: CitingItem[] = [];
    for (const doc of await getRegulations()) {
      for (const id of extractCiteIds(doc.body ?? '')) {
        items.push({ kind: '法规文件', title: doc.data.shortTitle, path: `/regulations/${doc.id}/`, file: doc.filePath ?? doc.id, id });
      }
    }
    return items;
  })();
  return citationsPromise;
}

let checked: Promise<void> | undefined;

/** Fails the build with every unknown citation, each naming its file and the nearest valid ids. */
export function assertCitations(): Promise<void> {
  checked ??= (async () => {
    const [items, known] = await Promise.all([collectCitations(), getKnownCitationIds()]);
    const errors = findUnknownCitations(items.map(({ file, id }) => ({ file, id })), known);
    if (errors.length > 0) throw new Error(`引用检查未通过（${errors.length} 处）：\n${errors.join('\n')}`);
  })();
  return checked;
}

/** Items citing exactly this provision or document. */
export async function citedBy(id: string): Promise<CitingItem[]> {
  const items = await collectCitations();
  return items.filter((c) => c.id === id);
}
