/** The tests read content through the same reader as the CLIs and the search integration. */
export { provisionTextIndex, readCases, readCollection, readFrontmatterFile, readYamlDir, readYamlList } from '../../src/node/content.ts';
import { docBlocks, numberProvisions, provisionLabel, provisionTexts } from '../../src/lib/provisions/numbering.ts';
import { readRegulations } from '../../src/node/content.ts';

/** Citation id → how it is cited and its text, for every provision of every document. */
export function provisionCiteIndex(): Map<string, { citeText: string; text: string }> {
  const out = new Map<string, { citeText: string; text: string }>();
  for (const doc of readRegulations()) {
    const blocks = docBlocks(doc.body);
    const texts = provisionTexts(blocks, doc.scheme);
    for (const p of numberProvisions(blocks, doc.scheme)) {
      out.set(`${doc.id}/${p.path}`, { citeText: `《${doc.shortTitle}》${provisionLabel(p)}`, text: texts.get(p.path) ?? '' });
    }
  }
  return out;
}
