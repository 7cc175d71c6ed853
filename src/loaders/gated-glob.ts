/**
 * Astro's glob() loader behind a gate. Before the collection is loaded, every file is read and
 * checked here, so a mistake fails the build (and `astro sync`) with file, line and what to do, in
 * Chinese, all mistakes at once: YAML syntax, the schema, MDX syntax and the MDX gate (no code,
 * no raw HTML, only the site's components), per-file rules and rules across files (duplicates).
 * An empty collection fails too: a build must never publish an empty section.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { splitFrontmatter } from '../lib/content/checks.ts';
import { checkMdxBody, type AllowedComponents } from '../lib/content/mdx-gate.ts';
import { ContentError, parseYaml, type ContentProblem } from '../lib/content/yaml-source.ts';
import { schemaProblems } from './issues.ts';

/** One file as the checks see it: path from the project root, validated data, MDX body. */
export interface GatedFile {
  file: string;
  data: unknown;
  body: string;
  /** Lines before the body (the frontmatter), to turn body lines into file lines. */
  bodyLine: number;
}

export interface GateOptions {
  pattern: string;
  base: string;
  schema: z.ZodType;
  /** What one file is, for the empty-collection message: 法规文件、案例 … */
  what: string;
  /** For MDX collections: the components their pages provide. */
  components?: AllowedComponents;
  /** Rules on one file that the schema cannot see (its folder, its body). */
  checkFile?: (file: GatedFile) => ContentProblem[];
  /** Rules across all files (duplicates, references to other collections). */
  checkAll?: (files: GatedFile[]) => ContentProblem[];
  /** A collection that may be empty (e.g. holiday overrides when the package covers every year). */
  mayBeEmpty?: boolean;
}

/** Every problem in the collection's files; empty when it may be built. */
export function inspectCollection(root: string, options: GateOptions): ContentProblem[] {
  const base = join(root, options.base);
  const names = globSync(options.pattern, { cwd: base }).sort();
  const shownBase = relative(process.cwd(), base) || '.';
  if (names.length === 0) {
    return options.mayBeEmpty ? [] : [{ file: shownBase, message: `目录中没有任何${options.what}（${options.pattern}）：网站上的这部分会是空白，构建已停止` }];
  }
  const problems: ContentProblem[] = [];
  const files: GatedFile[] = [];
  for (const name of names) {
    const file = join(shownBase, name);
    const text = readFileSync(join(base, name), 'utf8');
    let yamlText = text;
    let body = '';
    let bodyLine = 0;
    if (/\.mdx?$/.test(name)) {
      const parts = splitFrontmatter(text);
      if (!parts) {
        problems.push({ file, line: 1, message: '文件应以 --- 开头，先写 frontmatter（元数据），再以 --- 结束，然后是正文' });
        continue;
      }
      ({ yaml: yamlText, body, bodyLine } = parts);
    }
    const yaml = parseYaml(file, yamlText, /\.mdx?$/.test(name) ? 1 : 0);
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
  if (problems.length === 0) problems.push(...(options.checkAll?.(files) ?? []));
  return problems;
}

export function gatedGlob(options: GateOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'gated-glob',
    load: async (context) => {
      const problems = inspectCollection(fileURLToPath(context.config.root), options);
      if (problems.length) throw new ContentError(problems);
      // glob() would only warn about an empty folder; an allowed-empty collection is simply cleared.
      if (options.mayBeEmpty && globSync(options.pattern, { cwd: join(fileURLToPath(context.config.root), options.base) }).length === 0) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}
