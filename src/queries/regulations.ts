/**
 * The regulation documents and their provisions, as the pages and the citation check see them.
 * Provision ids come from src/lib/provisions/numbering.ts applied to each document's body, the same
 * numbering the remark plugin writes into the HTML anchors.
 */
import { routes } from '../lib/text/routes.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodyBlocks, numberProvisions, provisionAnchor, provisionLabel, type Provision } from '../lib/provisions/numbering.ts';
import { resolveCitation, type CiteLink } from '../lib/provisions/citations.ts';
import { href } from '../site.ts';

export type RegulationEntry = CollectionEntry<'regulations'>;

export interface ProvisionRecord extends Provision {
  /** Citation id, e.g. fangdiao-lhasa-2019/6.3 */
  id: string;
  doc: string;
  anchor: string;
  /** 第六条第（三）项 */
  label: string;
  /** 《访调对接工作机制》第六条第（三）项 */
  citeText: string;
}

export async function getRegulations(): Promise<RegulationEntry[]> {
  const all = await getCollection('regulations');
  return all.sort((a, b) => a.data.date.localeCompare(b.data.date));
}

export function provisionsOf(entry: RegulationEntry): ProvisionRecord[] {
  const provisions = numberProvisions(bodyBlocks(entry.body ?? ''));
  const seen = new Set<string>();
  return provisions.map((p) => {
    if (seen.has(p.path)) {
      throw new Error(
        `${entry.filePath}: 条款编号 ${p.path}（“${p.title}”）重复。检查该处序号是否与前文重复或层级写错。`,
      );
    }
    seen.add(p.path);
    const label = provisionLabel(p);
    return {
      ...p,
      id: `${entry.id}/${p.path}`,
      doc: entry.id,
      anchor: provisionAnchor(p.path),
      label,
      citeText: `《${entry.data.shortTitle}》${label}`,
    };
  });
}

let indexPromise: Promise<Map<string, ProvisionRecord>> | undefined;

/** Every provision of every document by citation id; built once per build. */
export function getProvisionIndex(): Promise<Map<string, ProvisionRecord>> {
  indexPromise ??= getRegulations().then((docs) => new Map(docs.flatMap((d) => provisionsOf(d).map((p) => [p.id, p] as const))));
  return indexPromise;
}

/** Ids a citation may use: whole documents and their provisions. */
export async function getKnownCitationIds(): Promise<Set<string>> {
  const [docs, index] = await Promise.all([getRegulations(), getProvisionIndex()]);
  return new Set([...docs.map((d) => d.id), ...index.keys()]);
}

export type { CiteLink } from '../lib/provisions/citations.ts';

/**
 * How a citation reads and where it links. Throws UnknownCitationError (naming `citingFile` and
 * the nearest ids) for an id that does not exist.
 */
export async function citeLink(id: string, citingFile: string): Promise<CiteLink> {
  const target = resolveCitation(id, await getKnownCitationIds(), citingFile);
  if (target.path) {
    const p = (await getProvisionIndex()).get(target.id)!;
    return { text: p.citeText, href: href(routes.provision(p.doc, p.path)) };
  }
  const doc = (await getRegulations()).find((d) => d.id === target.doc)!;
  return { text: `《${doc.data.shortTitle}》`, href: href(routes.regulation(doc.id)) };
}

/** citeLink for a set of ids, keyed by id: what a page embeds for its island. */
export async function citeLinks(ids: Iterable<string>, citingFile: string): Promise<Record<string, CiteLink>> {
  const out: Record<string, CiteLink> = {};
  for (const id of new Set(ids)) out[id] = await citeLink(id, citingFile);
  return out;
}
