/** Provision texts read straight from the regulation files, for checks that run while other collections load. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { provisionTextIndex, splitFrontmatter } from '../lib/content/checks.ts';

export function regulationTexts(dir: string): Map<string, string> {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), body: splitFrontmatter(readFileSync(join(dir, f), 'utf8'))?.body ?? '' }));
  return provisionTextIndex(docs);
}
