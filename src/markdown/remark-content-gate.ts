/**
 * remark plugin, the MDX compiler's own copy of the content gate (src/lib/content/mdx-gate.ts):
 * the loaders already refuse unsafe content before the build, and this refuses it again at the
 * point where MDX becomes code, so no path into the compiler skips the gate. Regulation files may
 * use <Cite> and <Repair>, case files <Cite>; other Markdown (none is authored today) is left alone.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import { CASE_COMPONENTS, REGULATION_COMPONENTS, checkMdxTree, type AllowedComponents } from '../lib/content/mdx-gate.ts';
import { ContentError } from '../lib/content/yaml-source.ts';

interface VFileLike {
  path?: string;
  history?: string[];
}

const casesDir = process.env['CASES_DIR'];

function componentsFor(path: string): AllowedComponents | null {
  if (/[\\/]content[\\/]regulations[\\/][^\\/]+\.mdx?$/.test(path)) return REGULATION_COMPONENTS;
  if (/[\\/]content[\\/]cases[\\/]/.test(path) || (casesDir && path.includes(casesDir.replace(/^\.\//, '')))) return CASE_COMPONENTS;
  return null;
}

export default function remarkContentGate() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const allowed = componentsFor(path);
    if (!allowed) return;
    const problems = checkMdxTree(relative(process.cwd(), path), tree, allowed);
    if (problems.length) throw new ContentError(problems, '内容文件含有不允许的写法，构建已停止');
  };
}
