#!/usr/bin/env node
/**
 * Lists every citable provision id with its label and title, for editors writing citations.
 * Usage: npm run provisions [-- fangdiao]   (optional filter on the id)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { docBlocks, numberProvisions, provisionLabel } from '../src/lib/provisions/numbering.ts';
import { DOCUMENT_DIRS } from '../src/lib/provisions/document-dirs.ts';

const filter = process.argv[2] ?? '';
for (const { dir, scheme } of DOCUMENT_DIRS) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const doc = file.replace(/\.mdx$/, '');
    const body = readFileSync(`${dir}/${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const p of numberProvisions(docBlocks(body), scheme)) {
      const id = `${doc}/${p.path}`;
      if (id.includes(filter)) console.log(`${id.padEnd(40)} ${provisionLabel(p).padEnd(16, '　')} ${p.title}`);
    }
  }
}
