/** Loads the YAML collections and the provision index for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { docBlocks, numberProvisions, provisionLabel, provisionTexts } from '../../src/lib/provisions/numbering.ts';
import { DOCUMENT_DIRS } from '../../src/lib/provisions/document-dirs.ts';
import { readCollection } from './load.ts';

export function readYamlDir(dir: string): { file: string; id: string; data: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown }));
}

export function readYamlList(file: string): unknown[] {
  return parse(readFileSync(file, 'utf8')) as unknown[];
}

/** Citation id → the provision's text (documents map to their whole body). */
export function provisionTextIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const { dir, scheme } of DOCUMENT_DIRS) {
    for (const doc of readCollection(dir)) {
      const blocks = docBlocks(doc.body);
      index.set(doc.id, blocks.map((b) => b.text).join('\n'));
      for (const [path, text] of provisionTexts(blocks, scheme)) index.set(`${doc.id}/${path}`, text);
    }
  }
  return index;
}

/** Citation id → how it is cited and its text, for every provision of every document. */
export function provisionCiteIndex(): Map<string, { citeText: string; text: string }> {
  const out = new Map<string, { citeText: string; text: string }>();
  for (const { dir, scheme } of DOCUMENT_DIRS) {
    for (const doc of readCollection(dir)) {
      const blocks = docBlocks(doc.body);
      const texts = provisionTexts(blocks, scheme);
      for (const p of numberProvisions(blocks, scheme)) {
        out.set(`${doc.id}/${p.path}`, { citeText: `《${String(doc.data['shortTitle'])}》${provisionLabel(p)}`, text: texts.get(p.path) ?? '' });
      }
    }
  }
  return out;
}
