/**
 * Answers ↔ URL query: `?parties=citizen&parties=org&subject=…`, one parameter per value.
 * Values a question has retired are mapped to the answers they now stand for, so links shared
 * before a question changed still open with the same meaning.
 */
import type { ScopeQuestion } from '../../schemas/scope.ts';
import type { Answers } from './condition.ts';
import { questionOptions, visibleQuestions } from './questions.ts';

/** The parameter that carries the free-text description (not an answer). */
export const DESCRIPTION_PARAM = 'desc';

/** Answers from a query; unknown keys and values and hidden questions are ignored. */
export function answersFromParams(params: URLSearchParams, questions: readonly ScopeQuestion[]): Answers {
  const raw: Record<string, Set<string>> = {};
  const add = (id: string, value: string): void => {
    (raw[id] ??= new Set()).add(value);
  };
  for (const q of questions) {
    for (const v of params.getAll(q.id)) {
      const becomes = q.retired[v];
      if (becomes) for (const [id, values] of Object.entries(becomes)) values.forEach((x) => add(id, x));
      else add(q.id, v);
    }
  }
  const answers: Answers = {};
  for (const q of questions) {
    const allowed = new Set(questionOptions(q).map((o) => o.value));
    const values = [...(raw[q.id] ?? [])].filter((v) => allowed.has(v));
    if (values.length === 0) continue;
    answers[q.id] = q.multiple ? values : [values[0]!];
  }
  return visibleQuestions(questions, answers).answers;
}

/** The URL query for some answers, in question order; only asked questions and known values. */
export function answersToParams(answers: Readonly<Answers>, questions: readonly ScopeQuestion[]): URLSearchParams {
  const params = new URLSearchParams();
  const visible = visibleQuestions(questions, answers);
  for (const q of visible.questions) {
    const given = visible.answers[q.id] ?? [];
    // Option order, so the same answers always give the same URL.
    const values = questionOptions(q)
      .map((o) => o.value)
      .filter((v) => given.includes(v));
    for (const v of q.multiple ? values : values.slice(0, 1)) params.append(q.id, v);
  }
  return params;
}
