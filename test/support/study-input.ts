/** The study generator's input read from the content files, validated with the collection schemas, with the provisions' texts for quoting. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { plainProvisionText } from '../../src/lib/study/explain.ts';
import type { ProvisionQuote, StudyInput } from '../../src/lib/study/questions.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { obligationSchema } from '../../src/schemas/obligation.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { provisionCiteIndex, readYamlDir } from './data.ts';

/** Citation id → "《简称》第六部分第（三）项" and the provision's plain text, for the policy documents and the statutes (as the build has them). */
export function provisionQuotes(): Map<string, ProvisionQuote> {
  return new Map([...provisionCiteIndex()].map(([id, p]) => [id, { cite: p.citeText, text: plainProvisionText(p.text) }]));
}

export function studyInput(): StudyInput {
  return {
    procedures: readYamlDir('src/content/procedures').map(({ id, data }) => ({ id, data: procedureSchema.parse(data) })),
    checklists: readYamlDir('src/content/checklists').map(({ id, data }) => ({ id, data: checklistSchema.parse(data) })),
    glossary: (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as unknown[]).map((x) => glossarySchema.parse(x)),
    obligations: (parse(readFileSync('src/content/obligations.yaml', 'utf8')) as unknown[]).map((x) => obligationSchema.parse(x)),
    provisions: provisionQuotes(),
  };
}
