/** The study bank's 民法典 sentence quotes the statute provisions instead of typing them. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateQuestionBank, type StudyProcedure } from '../../src/lib/study/questions.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { plainProvisionText } from '../../src/lib/study/explain.ts';
import { provisionCiteIndex } from '../support/data.ts';

const procedures: StudyProcedure[] = readdirSync('src/content/procedures')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: procedureSchema.parse(parse(readFileSync(`src/content/procedures/${f}`, 'utf8'))) }));
const provisions = new Map([...provisionCiteIndex()].map(([id, p]) => [id, { cite: p.citeText, text: plainProvisionText(p.text) }]));
const bank = generateQuestionBank({ procedures, checklists: [], glossary: [], obligations: [], provisions });
// The unit questions are gone since the fifth review: each question on a 日 period explains the unit.
const dayUnit = bank.filter((q) => /^deadline(-extension)?:/.test(q.id) && /文件写的是“日”/.test(q.explanation));

describe('deadline questions and the 民法典', () => {
  it('has day-period questions to check', () => {
    expect(dayUnit.length).toBeGreaterThan(0);
  });
  // 203(1) is the one rule the key states (the holiday roll-over); 201 says nothing about which days count.
  it('quote 第二百零三条第一款 word for word', () => {
    for (const q of dayUnit) {
      expect(q.explanation).toContain(
        '《民法典》第二百零三条第一款：“期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日”',
      );
    }
  });
  it('no longer type the article range into the explanation', () => {
    expect(bank.some((q) => /第二百零一条至第二百零三条/.test(q.explanation))).toBe(false);
  });
});
