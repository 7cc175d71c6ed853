/** Reads content files the way the build does (frontmatter + body), for tests outside Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export function readFrontmatterFile(file: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: 没有 frontmatter（文件应以 --- 开头）`);
  const id = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  return { file, id, data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

export function readCollection(dir: string, ext = '.mdx'): ContentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFrontmatterFile(join(dir, f)));
}
