/**
 * Conditions over answers (see Condition in src/schemas/scope-enums.ts): evaluation, the question
 * ids a condition reads, and a sound-but-incomplete implication test for the data lint.
 */
import type { Condition } from '../../schemas/scope-enums.ts';

/** Question id → chosen option values; an unanswered question has no key or an empty list. */
export type Answers = Record<string, string[]>;

/** `{ q, in }` is false while q is unanswered, so `{ not: { q, in } }` is true then. */
export function holds(cond: Condition, answers: Readonly<Answers>): boolean {
  if ('q' in cond) {
    const given = answers[cond.q];
    return given !== undefined && given.some((v) => cond.in.includes(v));
  }
  if ('all' in cond) return cond.all.every((c) => holds(c, answers));
  if ('any' in cond) return cond.any.some((c) => holds(c, answers));
  return !holds(cond.not, answers);
}

/** Question ids a condition reads (including `@channel` references). */
export function referencedIds(cond: Condition, into: Set<string> = new Set()): Set<string> {
  if ('q' in cond) into.add(cond.q);
  else if ('all' in cond) cond.all.forEach((c) => referencedIds(c, into));
  else if ('any' in cond) cond.any.forEach((c) => referencedIds(c, into));
  else referencedIds(cond.not, into);
  return into;
}

/** A normal form: equal strings mean the same condition (order of lists ignored). */
export function canonical(cond: Condition): string {
  if ('q' in cond) return JSON.stringify({ q: cond.q, in: [...new Set(cond.in)].sort() });
  if ('all' in cond) return `all(${cond.all.map(canonical).sort().join(',')})`;
  if ('any' in cond) return `any(${cond.any.map(canonical).sort().join(',')})`;
  return `not(${canonical(cond.not)})`;
}

/** Whether `a` holding guarantees `b` holds. Sound but incomplete: false means “not shown”. */
export function implies(a: Condition, b: Condition): boolean {
  if (canonical(a) === canonical(b)) return true;
  if ('q' in a && 'q' in b) return a.q === b.q && a.in.every((v) => b.in.includes(v));
  if ('all' in b) return b.all.every((c) => implies(a, c));
  if ('any' in a) return a.any.every((c) => implies(c, b));
  if ('all' in a && a.all.some((c) => implies(c, b))) return true;
  if ('any' in b && b.any.some((c) => implies(a, c))) return true;
  if ('not' in a && 'not' in b) return implies(b.not, a.not);
  return false;
}
