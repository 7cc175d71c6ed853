/**
 * 学习 / 自测: the question bank, generated from the content data — procedures, checklists, the
 * glossary and the annual work calendar. Nothing is written per question: every prompt, right
 * answer and distractor comes from the data, so a change in the data changes the question.
 *
 * Pure and deterministic (ids from the source items, shuffles seeded by the question id). Each
 * question kind has its own module; bank.ts picks distractors of the same kind and form and skips
 * a question whose choices would give the answer away; explain.ts quotes the provision. This file
 * is the entry point the pages and the study island import.
 */
import { Bank } from './bank.ts';
import { calendarQuestions } from './calendar.ts';
import { deadlineQuestions } from './deadlines.ts';
import { glossaryQuestions } from './glossary.ts';
import { principleQuestions } from './principles.ts';
import { procedureQuestions } from './procedures.ts';
import { scopeQuestions } from './scope.ts';
import { byId } from './text.ts';
import type { SkippedQuestion, StudyInput, StudyQuestion } from './types.ts';

export * from './types.ts';
export { countByTopic, isCorrect, pickQuestions, scoreAnswers } from './quiz.ts';
export { hash32 } from './random.ts';
export { clip, formatPeriod, normalizeChoice, quote, whenChoice } from './text.ts';
export { timesClash } from './calendar.ts';

/** The whole bank plus the questions that were skipped and why. */
export function generateQuestionBankReport(input: StudyInput): { questions: StudyQuestion[]; skipped: SkippedQuestion[] } {
  const bank = new Bank();
  const provisions = input.provisions;
  // Sorted by id, so the bank does not depend on the order the collections come in.
  const procedures = input.procedures.slice().sort(byId);
  const checklists = input.checklists.slice().sort(byId);
  deadlineQuestions(bank, procedures, provisions);
  procedureQuestions(bank, procedures, provisions);
  scopeQuestions(bank, checklists, provisions);
  principleQuestions(bank, checklists, provisions);
  glossaryQuestions(bank, input.glossary.slice().sort(byId), provisions);
  calendarQuestions(bank, input.obligations.slice().sort(byId), provisions);
  return { questions: bank.questions, skipped: bank.skipped };
}

export function generateQuestionBank(input: StudyInput): StudyQuestion[] {
  return generateQuestionBankReport(input).questions;
}
