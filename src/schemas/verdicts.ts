/**
 * The scope checker's verdicts and the shape of a condition on the answers. Plain constants and
 * types without zod, so the engine (src/lib/scope/) and the browser island use them without
 * bundling the schema library; src/schemas/scope.ts validates data against them.
 */
export const VERDICTS = ['applicable', 'not-applicable', 'needs-review'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  applicable: '适用',
  'not-applicable': '不适用',
  'needs-review': '需要核实',
};

/**
 * Written by hand because zod cannot infer a recursive type through z.lazy; conditionSchema in
 * scope.ts is declared as z.ZodType<Condition>, so the two cannot drift apart.
 */
export type Condition = { q: string; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition };
