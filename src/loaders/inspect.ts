/**
 * The checks the content loaders run, without Astro: `inspectCollection` for a folder of files,
 * `inspectYamlList` for a one-list YAML file. The loaders (gated-glob.ts, yaml-list.ts) call them
 * before loading, and `npm run check:content` (scripts/check-content.ts) calls them on their own,
 * so the quick check and the build refuse exactly the same mistakes.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { splitFrontmatter } from '../lib/content/checks.ts';
import { checkMdxBody, type AllowedComponents } from '../lib/content/mdx-gate.ts';
import { parseYaml, parseYamlList, type ContentProblem } from '../lib/content/yaml-source.ts';
import { schemaProblems } from './issues.ts';

/** One file as the checks see it: path as shown to the editor, validated data, MDX body. */
export interface GatedFile {
  file: string;
  data: unknown;
  body: string;
  /** Lines before the body (the frontmatter), to turn body lines into file lines. */
  bodyLine: number;
}

export interface GateOptions {
  pattern: string;
  /** Folder, relative to the project root. */
  base: string;
  schema: z.ZodType;
  /** What one file is, for the empty-collection message: 法规文件、案例 … */
  what: string;
  /** For MDX collections: the components their pages provide. */
  components?: AllowedComponents;
  /** Rules on one file that the schema cannot see (its folder, its body). */
  checkFile?: (file: GatedFile) => ContentProblem[];
  /** Rules across all files (duplicates, references to other collections); `root` is the project root. */
  checkAll?: (files: GatedFile[], root: string) => ContentProblem[];
  /** A collection that may be empty (e.g. holiday overrides when the package covers every year). */
  mayBeEmpty?: boolean;
}

const shown = (root: string, path: string) => relative(root, path) || '.';

export function collectionFiles(root: string, options: Pick<GateOptions, 'pattern' | 'base'>): string[] {
  return globSync(options.pattern, { cwd: resolve(root, options.base) }).sort();
}

/** Every problem in the collection's files; empty when it may be built. */
export function inspectCollection(root: string, options: GateOptions): ContentProblem[] {
  const base = resolve(root, options.base);
  const names = collectionFiles(root, options);
  if (names.length === 0) {
    return options.mayBeEmpty
      ? []
      : [{ file: shown(root, base), message: `目录中没有任何${options.what}（${options.pattern}）：网站上的这部分会是空白，构建已停止` }];
  }
  const problems: ContentProblem[] = [];
  const files: GatedFile[] = [];
  for (const name of names) {
    const file = shown(root, join(base, name));
    const text = readFileSync(join(base, name), 'utf8');
    const isMdx = /\.mdx?$/.test(name);
    let yamlText = text;
    let body = '';
    let bodyLine = 0;
    if (isMdx) {
      const parts = splitFrontmatter(text);
      if (!parts) {
        problems.push({ file, line: 1, message: '文件应以 --- 开头，先写 frontmatter（元数据），再以 --- 结束，然后是正文' });
        continue;
      }
      ({ yaml: yamlText, body, bodyLine } = parts);
    }
    const yaml = parseYaml(file, yamlText, isMdx ? 1 : 0);
    problems.push(...yaml.problems);
    if (options.components) problems.push(...checkMdxBody(file, body, options.components, bodyLine));
    if (yaml.problems.length) continue;
    const parsed = options.schema.safeParse(yaml.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, yaml.lineOf, parsed.error.issues));
      continue;
    }
    const gated = { file, data: parsed.data, body, bodyLine };
    problems.push(...(options.checkFile?.(gated) ?? []));
    files.push(gated);
  }
  if (problems.length === 0) problems.push(...(options.checkAll?.(files, root) ?? []));
  return problems;
}

export interface YamlListOptions {
  /** The file, relative to the project root. */
  path: string;
  /** The field that identifies an entry (and must be unique): `id`, or `term` for the vocabulary. */
  idKey?: string;
  /** What one entry is called in messages: 术语、事项 … */
  what: string;
  schema: z.ZodType;
  /** Rules across entries, run on entries that passed the schema. */
  check?: (entries: { data: unknown; line: number }[], file: string) => ContentProblem[];
}

export interface ListEntry {
  id: string;
  /** The entry as written (the loader hands it to Astro's own parse). */
  raw: Record<string, unknown>;
}

/** The entries of a one-list YAML file, or every problem in it. */
export function inspectYamlList(root: string, options: YamlListOptions): { entries: ListEntry[]; problems: ContentProblem[] } {
  const idKey = options.idKey ?? 'id';
  const file = shown(root, join(root, options.path));
  const { items, problems } = parseYamlList(file, readFileSync(join(root, options.path), 'utf8'), { idKey, what: options.what });
  const valid: { line: number; raw: Record<string, unknown>; data: unknown }[] = [];
  for (const item of items) {
    const parsed = options.schema.safeParse(item.data);
    if (parsed.success) valid.push({ line: item.line, raw: item.data, data: parsed.data });
    else problems.push(...schemaProblems(file, item.lineOf, parsed.error.issues, String(item.data[idKey] ?? '')));
  }
  if (problems.length === 0) problems.push(...(options.check?.(valid, file) ?? []));
  return { entries: problems.length ? [] : valid.map((v) => ({ id: String(v.raw[idKey]), raw: v.raw })), problems };
}
