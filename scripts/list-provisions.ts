#!/usr/bin/env node
/**
 * Lists every citable provision id with its label and title, for editors writing citations.
 * Usage: npm run provisions [-- fangdiao]   (optional filter on the id)
 */
import { numberProvisions, docBlocks, provisionLabel } from '../src/lib/provisions/numbering.ts';
import { readRegulations } from '../src/node/content.ts';

const filter = process.argv[2] ?? '';
for (const doc of readRegulations()) {
  for (const p of numberProvisions(docBlocks(doc.body), doc.scheme)) {
    const id = `${doc.id}/${p.path}`;
    if (id.includes(filter)) console.log(`${id.padEnd(40)} ${provisionLabel(p).padEnd(16, '　')} ${p.title}`);
  }
}
