/**
 * The documents (five policy documents and the national statutes) and their provisions, as the
 * pages and the citation check see them. Provision ids come from src/lib/provisions/numbering.ts
 * applied to each document's body, the same numbering the remark plugin writes into the HTML
 * anchors: policy numbering for `regulations`, 条/款/项 for `statutes`.
 */
import { routes } from '../lib/text/routes.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  anchorOf,
  docBlocks,
  numberProvisions,
  provisionLabel,
  provisionTexts,
  type Provision,
  type Scheme,
} from '../lib/provisions/numbering.ts';
import { resolveCitation, type CiteLink } from '../lib/provisions/citations.ts';
import { href } from '../site.ts';

/** A policy document. */
export type RegulationEntry = CollectionEntry<'regulations'>;
/** A national statute (whole or 节录). */
export type StatuteEntry = CollectionEntry<'statutes'>;
/** Any citable document; narrow with `entry.collection`. */
export type DocumentEntry = RegulationEntry | StatuteEntry;

export interface ProvisionRecord extends Provision {
  /** Citation id, e.g. fangdiao-lhasa-2019/6.3 or renmin-tiaojie-fa/33.2 */
  id: string;
  doc: string;
  anchor: string;
  /** 第六部分第（三）项, 第三十三条第二款 */
  label: string;
  /** 《…》第六部分第（三）项 */
  citeText: string;
}

export const schemeOf = (entry: DocumentEntry): Scheme => (entry.collection === 'statutes' ? 'statute' : 'policy');

/** The five policy documents, oldest first. */
export async function getRegulations(): Promise<RegulationEntry[]> {
  const all = await getCollection('regulations');
  return all.sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** The statutes, in a fixed reading order: the mediation law first, excerpts after whole texts. */
export async function getStatutes(): Promise<StatuteEntry[]> {
  const all = await getCollection('statutes');
  const rank = (s: StatuteEntry) => (s.data.effect === '已修订' ? 2 : s.data.excerpt ? 1 : 0);
  return all.sort((a, b) => rank(a) - rank(b) || a.data.version.adopted.localeCompare(b.data.version.adopted));
}

/**
 * The versions linked to a statute page: the page holding the text in force (for a replaced text)
 * and the replaced texts that point here. An unknown supersededBy id fails the build.
 */
export async function statuteVersions(entry: StatuteEntry): Promise<{ current: StatuteEntry | null; history: StatuteEntry[] }> {
  const all = await getStatutes();
  const target = entry.data.supersededBy;
  const current = target === null ? null : (all.find((s) => s.id === target) ?? null);
  if (target !== null && (current === null || current.id === entry.id)) {
    throw new Error(
      `${entry.filePath}: supersededBy “${target}” 不是另一份已收录的法规页。应填 src/content/statutes/ 下收录现行文本的文件名（不带 .mdx）。`,
    );
  }
  return { current, history: all.filter((s) => s.data.supersededBy === entry.id) };
}

/** Every citable document: statutes first, then the policy documents. */
export async function getDocuments(): Promise<DocumentEntry[]> {
  return [...(await getStatutes()), ...(await getRegulations())];
}

export function provisionsOf(entry: DocumentEntry): ProvisionRecord[] {
  const provisions = numberProvisions(docBlocks(entry.body ?? ''), schemeOf(entry));
  const seen = new Set<string>();
  return provisions.map((p) => {
    if (seen.has(p.path)) {
      throw new Error(`${entry.filePath}: 条款编号 ${p.path}（“${p.title}”）重复。检查该处序号是否与前文重复或层级写错。`);
    }
    seen.add(p.path);
    const label = provisionLabel(p);
    return {
      ...p,
      id: `${entry.id}/${p.path}`,
      doc: entry.id,
      anchor: anchorOf(p),
      label,
      citeText: `《${entry.data.shortTitle}》${label}`,
    };
  });
}

let indexPromise: Promise<Map<string, ProvisionRecord>> | undefined;

/** Every provision of every document by citation id; built once per build. */
export function getProvisionIndex(): Promise<Map<string, ProvisionRecord>> {
  indexPromise ??= getDocuments().then((docs) => new Map(docs.flatMap((d) => provisionsOf(d).map((p) => [p.id, p] as const))));
  return indexPromise;
}

/** Ids a citation may use: whole documents and their provisions. */
export async function getKnownCitationIds(): Promise<Set<string>> {
  const [docs, index] = await Promise.all([getDocuments(), getProvisionIndex()]);
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
    return { text: p.citeText, href: href(routes.provision(p.doc, p.anchorPath ?? p.path)) };
  }
  const doc = (await getDocuments()).find((d) => d.id === target.doc)!;
  return { text: `《${doc.data.shortTitle}》`, href: href(routes.regulation(doc.id)) };
}

/** citeLink for a set of ids, keyed by id: what a page embeds for its island. */
export async function citeLinks(ids: Iterable<string>, citingFile: string): Promise<Record<string, CiteLink>> {
  const out: Record<string, CiteLink> = {};
  for (const id of new Set(ids)) out[id] = await citeLink(id, citingFile);
  return out;
}

let atAnchorPromise: Promise<Map<string, string[]>> | undefined;

/**
 * Every citation id that links to one block, keyed `doc#anchor`: a statute article's paragraph
 * is both `33` and its first 款 `33.1`, so "引用本条的内容" lists what cites either.
 */
export async function idsAtAnchor(doc: string, anchor: string): Promise<string[]> {
  atAnchorPromise ??= getProvisionIndex().then((index) => {
    const map = new Map<string, string[]>();
    for (const p of index.values()) {
      const key = `${p.doc}#${p.anchor}`;
      map.set(key, [...(map.get(key) ?? []), p.id]);
    }
    return map;
  });
  return (await atAnchorPromise).get(`${doc}#${anchor}`) ?? [];
}

let textsPromise: Promise<Map<string, string>> | undefined;

/** Every provision's text by citation id (the same texts the search records carry). */
export function getProvisionTexts(): Promise<Map<string, string>> {
  textsPromise ??= getDocuments().then((docs) => {
    const out = new Map<string, string>();
    for (const d of docs) {
      for (const [path, text] of provisionTexts(docBlocks(d.body ?? ''), schemeOf(d))) out.set(`${d.id}/${path}`, text);
    }
    return out;
  });
  return textsPromise;
}

/** A provision's own text (with its sub-provisions), for showing it in place; '' for a whole document. */
export async function provisionText(id: string): Promise<string> {
  return (await getProvisionTexts()).get(id) ?? '';
}
