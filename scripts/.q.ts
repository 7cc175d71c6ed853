import { generateQuestionBankReport } from '/work/wt-bank/src/lib/study/questions.ts';
import { studyInput } from '/work/wt-bank/test/support/study-input.ts';
const { questions, skipped } = generateQuestionBankReport(studyInput());
const f = process.argv[2] ?? '';
for (const q of questions) if (q.id.includes(f)) {
  const m = /原文（(.*?)）：“(.*?)”。/.exec(q.explanation);
  console.log(`${q.id}\n  Q: ${q.prompt}\n  ${q.choices.map((c,i)=> (i===q.answer?'*':'')+c).join(' | ')}\n  » ${m ? m[1]+': '+m[2] : '(no quote)'}`);
}
if (process.argv[3]) for (const s of skipped) if (s.id.includes(f)) console.log('SKIP', s.id, s.reason);
