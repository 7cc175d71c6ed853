/**
 * The study question bank as a reviewer reads it: every question with its choices, key,
 * explanation and the text of the provisions it cites, plus the no-knowledge solvers' scores.
 *
 *   npm run study:bank                 # the guessability figures and the skipped questions
 *   npm run study:bank -- --dump FILE  # also every question, as Markdown, for a full review
 */
import { writeFileSync } from 'node:fs';
import { measureGuessability } from '../src/lib/study/guessability.ts';
import { generateQuestionBankReport, type StudyQuestion } from '../src/lib/study/questions.ts';
import { studyInput } from '../test/support/study-input.ts';

const input = studyInput();
const { questions, skipped } = generateQuestionBankReport(input);

const figures = (label: string, qs: readonly StudyQuestion[]) => {
  const g = measureGuessability(qs);
  return `${label}: ${g.questions} single-choice; chance ${g.chance}%; ${Object.entries(g.solvers)
    .map(([name, score]) => `${name} ${score}%`)
    .join('; ')}`;
};
console.log(`${questions.length} questions, ${skipped.length} skipped`);
console.log(figures('bank', questions));
for (const topic of [...new Set(questions.map((q) => q.topic))])
  console.log(
    figures(
      topic,
      questions.filter((q) => q.topic === topic),
    ),
  );

const at = process.argv.indexOf('--dump');
if (at !== -1) {
  const file = process.argv[at + 1];
  if (!file) throw new Error('--dump 后应写输出文件名');
  const letters = 'ABCDEFGH';
  const key = (q: StudyQuestion) => (Array.isArray(q.answer) ? q.answer.map((i) => letters[i]).join(' → ') : letters[q.answer]);
  const shown = (q: StudyQuestion): string[] => {
    const cite = /(?:原文|文件中的用法)（(.*?)）：“/.exec(q.explanation)?.[1];
    const quoted = q.cites.filter((c) => input.provisions?.get(c)?.cite === cite);
    return quoted.length > 0 ? quoted.slice(0, 1) : q.cites.slice(0, 2);
  };
  const blocks = questions.map((q, n) =>
    [
      `### ${n + 1}. ${q.id}`,
      '',
      `- 题干：${q.prompt}`,
      ...q.choices.map((c, i) => `  - ${letters[i]}. ${c}`),
      `- 答案：${key(q)}`,
      `- 解析：${q.explanation}`,
      `- 条款：${q.cites.join('、')}`,
      // The text of the provision the explanation quotes (else of the first cited), to read the question against.
      ...shown(q).map((c) => `  - ${c}：${(input.provisions?.get(c)?.text ?? '（无文本）').replace(/\s+/g, ' ').slice(0, 600)}`),
      `- 审读：`,
      '',
    ].join('\n'),
  );
  writeFileSync(file, `${blocks.join('\n')}\n## 未出的题\n\n${skipped.map((s) => `- ${s.id}：${s.reason}`).join('\n')}\n`);
  console.log(`wrote ${file}`);
}
