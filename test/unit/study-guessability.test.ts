import { describe, expect, it } from 'vitest';
import { generateQuestionBank } from '../../src/lib/study/questions.ts';
import { measureGuessability, longestOption, stemKind, stemOverlap, withoutNegation } from '../../src/lib/study/guessability.ts';
import { studyInput } from '../support/study-input.ts';

const bank = generateQuestionBank(studyInput());
const g = measureGuessability(bank);
const line = (label: string, m: typeof g) =>
  `[guessability] ${label}: ${m.questions} single-choice; chance ${m.chance}%; ${Object.entries(m.solvers)
    .map(([name, score]) => `${name} ${score}%`)
    .join('; ')}`;
console.log(line('bank', g));
for (const topic of [...new Set(bank.map((q) => q.topic))])
  console.log(line(topic, measureGuessability(bank.filter((q) => q.topic === topic))));

describe('no-knowledge solvers', () => {
  it('longest option picks the longest', () => {
    expect(longestOption({ kind: 'single', prompt: '问', choices: ['短', '很长的一项', '中等长'], answer: 1 })).toBe(1);
  });
  it('stem overlap picks the choice sharing most words with the prompt', () => {
    expect(
      stemOverlap({
        kind: 'single',
        prompt: '受理并送达纾解告知书这一步涉及哪份文书？',
        choices: ['调解协议书', '纾解告知书', '移送函'],
        answer: 1,
      }),
    ).toBe(1);
  });
  it('stem kind picks the only document when the stem asks for a 文书', () => {
    expect(
      stemKind({
        kind: 'single',
        prompt: '承办单位受理案件后向行政相对人送达的文书',
        choices: ['纾解专班', '纾解告知书', '一案一策'],
        answer: 1,
      }),
    ).toBe(1);
  });
  it('without negation picks the only choice with no 不/拒绝/禁止', () => {
    expect(
      withoutNegation({
        kind: 'single',
        prompt: '哪一项属于受理范围？',
        choices: ['不属于人民调解范围', '拒绝调解', '邻里纠纷'],
        answer: 2,
      }),
    ).toBe(2);
  });
});

describe('the bank cannot be answered by form alone', () => {
  for (const [name, score] of Object.entries(g.solvers)) {
    it(`“${name}” scores no better than chance + 10 points (${score}% vs chance ${g.chance}%)`, () => {
      expect(score).toBeLessThanOrEqual(g.chance + 10);
    });
  }
  // Per topic too, where there are enough questions for a score to mean something (one of four questions is 25 points).
  for (const topic of [...new Set(bank.map((q) => q.topic))]) {
    const t = measureGuessability(bank.filter((q) => q.topic === topic));
    if (t.questions < 10) continue;
    it(`${topic}: every solver scores no better than chance + 10 points`, () => {
      for (const [name, score] of Object.entries(t.solvers)) expect(score, name).toBeLessThanOrEqual(t.chance + 10);
    });
  }
});
