/** Taking a quiz from the bank: picking questions, checking and scoring answers. */
import { hash32, seededShuffle } from './random.ts';
import { byId } from './text.ts';
import { TOPICS, type StudyQuestion, type Topic } from './types.ts';

/**
 * A quiz: `count` questions of one topic, or of all topics taken in turn ('mixed', the default),
 * chosen and ordered by `seed`. Same bank + same seed → same quiz.
 */
export function pickQuestions(
  bank: readonly StudyQuestion[],
  options: { topic?: Topic | 'mixed' | undefined; count: number; seed: number },
): StudyQuestion[] {
  const count = Math.max(0, Math.floor(options.count));
  const topic = options.topic ?? 'mixed';
  const sorted = bank.slice().sort(byId);
  if (topic !== 'mixed')
    return seededShuffle(
      sorted.filter((q) => q.topic === topic),
      options.seed,
    ).slice(0, count);
  const groups = seededShuffle(TOPICS, options.seed)
    .map((t) =>
      seededShuffle(
        sorted.filter((q) => q.topic === t),
        hash32(`${options.seed}|${t}`),
      ),
    )
    .filter((g) => g.length > 0);
  const out: StudyQuestion[] = [];
  for (let round = 0; out.length < count && groups.some((g) => g.length > round); round++) {
    for (const g of groups) {
      const q = g[round];
      if (q && out.length < count) out.push(q);
    }
  }
  return out;
}

/** Whether one answer is right: the same index, or the same order of indices. */
export function isCorrect(question: StudyQuestion, given: number | number[] | undefined): boolean {
  if (given === undefined) return false;
  const answer = question.answer;
  if (typeof answer === 'number') return typeof given === 'number' && given === answer;
  return Array.isArray(given) && given.length === answer.length && given.every((g, i) => g === answer[i]);
}

export function scoreAnswers(
  questions: readonly StudyQuestion[],
  answers: Readonly<Record<string, number | number[]>>,
): { correct: number; total: number; missed: string[] } {
  const missed = questions.filter((q) => !isCorrect(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined)).map((q) => q.id);
  return { correct: questions.length - missed.length, total: questions.length, missed };
}

/** Number of questions per topic (every topic listed, zero when none). */
export function countByTopic(questions: readonly StudyQuestion[]): Record<Topic, number> {
  const out = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const q of questions) out[q.topic] += 1;
  return out;
}
