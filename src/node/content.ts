/**
 * The one Node-side reader of the content files, for everything that runs outside Astro's content
 * layer: the editor CLIs, the tests, the benchmarks and the Pagefind integration. Frontmatter is
 * parsed as YAML; provision ids come from the same numbering the remark plugin uses for anchors.
 * Every function takes the project root, so a caller with Astro's config passes config.root.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { docBlocks, numberProvisions, type Scheme } from '../lib/provisions/numbering.ts';
import { DOCUMENT_DIRS } from '../lib/provisions/document-dirs.ts';
import { provisionTextIndex as textIndexOf } from '../lib/content/checks.ts';
import { splitFrontmatter } from '../lib/text/frontmatter.ts';

export const CONTENT_DIR = 'src/content';
export const REGULATIONS_DIR = `${CONTENT_DIR}/regulations`;

export interface ContentFile {
  /** Path as given (relative to the working directory when the caller passed a relative root). */
  file: string;
  /** File name without extension: the collection id. */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export function readFrontmatterFile(file: string): ContentFile {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) throw new Error(`${file}：没有 frontmatter（文件应以 --- 开头，另一行 --- 结束）`);
  const data = (parse(split.yaml) ?? {}) as Record<string, unknown>;
  return { file, id: idOf(file), data, body: split.body };
}

const idOf = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.(mdx?|ya?ml)$/, '');

const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));

/** Every `ext` file of a folder (not recursive), sorted by name. */
export function readCollection(dir: string, ext = '.mdx'): ContentFile[] {
  return filesIn(dir, ext).map(readFrontmatterFile);
}

/** One YAML document per file (procedures, checklists, calendar overrides). */
export function readYamlDir(dir: string): { file: string; id: string; data: unknown }[] {
  return filesIn(dir, '.yaml').map((file) => ({ file, id: idOf(file), data: parse(readFileSync(file, 'utf8')) as unknown }));
}

/** A YAML file holding one list (glossary, obligations, scope questions). */
export function readYamlList(file: string): unknown[] {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}：应为列表（每项以 - 开头）`);
  return data;
}

export interface RegulationFile extends ContentFile {
  shortTitle: string;
  /** How the document numbers its provisions: policy parts/items, or statute 条/款/项. */
  scheme: Scheme;
}

/** Every citable document under `root` (the policy documents, then the statutes), sorted by id within each. */
export function readRegulations(root = '.'): RegulationFile[] {
  return DOCUMENT_DIRS.flatMap(({ dir, scheme }) =>
    existsSync(join(root, dir))
      ? readCollection(join(root, dir)).map((doc) => ({
          ...doc,
          file: relative('.', doc.file) || doc.file,
          shortTitle: String(doc.data['shortTitle'] ?? doc.id),
          scheme,
        }))
      : [],
  );
}

/** Every case writeup under `root`: src/content/cases/<year>/*.mdx, sorted by path. */
export function readCases(root = '.'): ContentFile[] {
  const dir = join(root, CONTENT_DIR, 'cases');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((year) => readCollection(join(dir, year)));
}

/** Citation id → the provision's text; a document id maps to its whole body. */
export function provisionTextIndex(root = '.'): Map<string, string> {
  return textIndexOf(readRegulations(root));
}

/** Provision ids only (`<document>/<path>`), in document and numbering order. */
export function provisionIds(root = '.'): string[] {
  return readRegulations(root).flatMap((doc) => numberProvisions(docBlocks(doc.body), doc.scheme).map((p) => `${doc.id}/${p.path}`));
}

/** Every id a citation may use (documents and provisions), or null when `root` has no regulations. */
export function knownCitationIds(root = '.'): Set<string> | null {
  if (!existsSync(join(root, REGULATIONS_DIR))) return null;
  return new Set(provisionTextIndex(root).keys());
}
