/**
 * The question bank as the site generates it from the content, and the small readers the review
 * tests share (the options a trainee sees, the bank's skip reasons).
 */
import { generateQuestionBankReport, type StudyQuestion } from '../../src/lib/study/questions.ts';
import { studyInput } from './study-input.ts';

export const input = studyInput();
export const { questions: bank, skipped } = generateQuestionBankReport(input);
export const byId = (id: string): StudyQuestion | undefined => bank.find((q) => q.id === id);
/** Text without spaces, punctuation and symbols, to compare wording. */
export const plain = (t: string): string => t.replace(/[\s\p{P}\p{S}]/gu, '');
export const rightChoice = (q: StudyQuestion): string => q.choices[q.answer as number]!;
export const wrongChoices = (q: StudyQuestion): string[] => q.choices.filter((_, i) => i !== q.answer);
export const single = bank.filter((q) => q.kind === 'single');
