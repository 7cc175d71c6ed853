/**
 * Answers a described dispute gives in advance: the domains its everyday words name (matches up to
 * the containment and shared-pairs passes of dispute-search, not fuzzy guesses) and the questions
 * its cue words answer (src/content/scope/cues.yaml). Pre-answers never replace a user's answer.
 */
import type { ScopeCue, ScopeQuestion } from '../../schemas/scope.ts';
import type { Answers } from './condition.ts';
import { normalizeQuery, type DisputeSearch } from './dispute-search.ts';

/** Matches scoring above this came only from fuzzy matching; too loose to pre-answer with. */
const CONFIDENT_SCORE = 0.5;

export function preAnswers(text: string, cues: readonly ScopeCue[], search: DisputeSearch, questions: readonly ScopeQuestion[]): Answers {
  const q = normalizeQuery(text);
  if (q.length === 0) return {};
  const out: Answers = {};
  const multiple = new Map(questions.map((x) => [x.id, x.multiple]));
  const add = (id: string, values: readonly string[]): void => {
    const prev = out[id] ?? [];
    if (!multiple.get(id) && prev.length > 0) return; // single choice: the first cue that answers it
    out[id] = [...new Set([...prev, ...(multiple.get(id) ? values : values.slice(0, 1))])];
  };
  const domains: string[] = [];
  for (const m of search.search(text, 5))
    if (m.score < CONFIDENT_SCORE) for (const d of m.domains) if (!domains.includes(d)) domains.push(d);
  if (domains.length > 0) add('domain', domains);
  for (const cue of cues) {
    if (!cue.words.some((w) => q.includes(normalizeQuery(w)))) continue;
    for (const [id, values] of Object.entries(cue.answers)) add(id, values);
  }
  return out;
}

/** The user's answers, with pre-answers filling only the questions the user has left empty. */
export function mergePreAnswers(user: Readonly<Answers>, pre: Readonly<Answers>): Answers {
  const out: Answers = { ...user };
  for (const [id, values] of Object.entries(pre)) if (!out[id]?.length) out[id] = [...values];
  return out;
}
