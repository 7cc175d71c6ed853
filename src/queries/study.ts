/** The study question bank, generated at build time from the same collections the site shows. */
import { getCollection } from 'astro:content';
import { generateQuestionBank, type StudyQuestion } from '../lib/study/questions.ts';
import { getDeadlineBasis } from './deadline-basis.ts';

let bank: Promise<StudyQuestion[]> | undefined;

export function getQuestionBank(): Promise<StudyQuestion[]> {
  bank ??= (async () =>
    generateQuestionBank({
      procedures: (await getCollection('procedures')).map((e) => ({ id: e.id, data: e.data })),
      checklists: (await getCollection('checklists')).map((e) => ({ id: e.id, data: e.data })),
      glossary: (await getCollection('glossary')).map((e) => e.data),
      obligations: (await getCollection('obligations')).map((e) => e.data),
      deadlineBasis: await getDeadlineBasis(),
    }))();
  return bank;
}
