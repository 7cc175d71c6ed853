/** The study question bank, generated at build time from the same collections the site shows. */
import { getCollection } from 'astro:content';
import { bodyBlocks, provisionTexts } from '../lib/provisions/numbering.ts';
import { plainProvisionText } from '../lib/study/explain.ts';
import { generateQuestionBank, type ProvisionQuote, type StudyQuestion } from '../lib/study/questions.ts';
import { getProvisionIndex, getRegulations } from './regulations.ts';

let bank: Promise<StudyQuestion[]> | undefined;

/** Citation id → citation text and the provision's words, for explanations that quote the rule. */
async function provisionQuotes(): Promise<Map<string, ProvisionQuote>> {
  const index = await getProvisionIndex();
  const out = new Map<string, ProvisionQuote>();
  for (const doc of await getRegulations()) {
    for (const [path, text] of provisionTexts(bodyBlocks(doc.body ?? ''))) {
      const p = index.get(`${doc.id}/${path}`);
      if (p) out.set(p.id, { cite: p.citeText, text: plainProvisionText(text) });
    }
  }
  return out;
}

export function getQuestionBank(): Promise<StudyQuestion[]> {
  bank ??= (async () =>
    generateQuestionBank({
      procedures: (await getCollection('procedures')).map((e) => ({ id: e.id, data: e.data })),
      checklists: (await getCollection('checklists')).map((e) => ({ id: e.id, data: e.data })),
      glossary: (await getCollection('glossary')).map((e) => e.data),
      obligations: (await getCollection('obligations')).map((e) => e.data),
      provisions: await provisionQuotes(),
    }))();
  return bank;
}
