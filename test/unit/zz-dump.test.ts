import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { generateQuestionBankReport } from '../../src/lib/study/questions.ts';
import { studyInput } from '../support/study-input.ts';
it('dump', () => {
  const r = generateQuestionBankReport(studyInput());
  writeFileSync('/tmp/legal-bank.txt', r.questions.map((q) => `## ${q.id} [${q.kind}]\n${q.prompt}\n${q.choices.map((c, i) => `${(Array.isArray(q.answer) ? q.answer.indexOf(i) >= 0 && '' : i === q.answer ? '*' : ' ')}${i}. ${c}`).join('\n')}${Array.isArray(q.answer) ? `\nanswer ${q.answer.join(',')}` : ''}\n=> ${q.explanation}\n`).join('\n') + '\n\nSKIPPED\n' + r.skipped.map((s) => `${s.id}: ${s.reason}`).join('\n'));
});
