/** Which questions are asked, in what order, and which answers still count. */
import type { ScopeOption, ScopeQuestion } from '../../schemas/scope.ts';
import { holds, type Answers } from './condition.ts';

/** The options of a question (the schema has already filled `optionsFrom: domains`). */
export function questionOptions(question: Pick<ScopeQuestion, 'options'>): ScopeOption[] {
  return question.options;
}

export function sortedQuestions(questions: readonly ScopeQuestion[]): ScopeQuestion[] {
  return questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.order - b.q.order || a.i - b.i)
    .map((x) => x.q);
}

/**
 * The questions to ask, in order, and the answers with every answer to a question that is no
 * longer asked dropped. A question's `askIf` is judged on the answers to the questions before it
 * (after their own dropping), so hiding one question can hide the ones that depend on it.
 */
export function visibleQuestions(
  questions: readonly ScopeQuestion[],
  answers: Readonly<Answers>,
): { questions: ScopeQuestion[]; answers: Answers } {
  const kept: Answers = {};
  const shown: ScopeQuestion[] = [];
  for (const q of sortedQuestions(questions)) {
    if (q.askIf && !holds(q.askIf, kept)) continue;
    shown.push(q);
    const given = answers[q.id];
    if (given && given.length > 0) kept[q.id] = [...given];
  }
  return { questions: shown, answers: kept };
}

/** Visible questions without an answer yet. */
export function unansweredQuestions(questions: readonly ScopeQuestion[], answers: Readonly<Answers>): ScopeQuestion[] {
  const v = visibleQuestions(questions, answers);
  return v.questions.filter((q) => (v.answers[q.id] ?? []).length === 0);
}

/** “已答 n/N”: answered and asked questions, counted over the questions asked now. */
export function progress(questions: readonly ScopeQuestion[], answers: Readonly<Answers>): { answered: number; asked: number } {
  const v = visibleQuestions(questions, answers);
  return { answered: v.questions.filter((q) => (v.answers[q.id] ?? []).length > 0).length, asked: v.questions.length };
}
