/**
 * The scope checker's closed vocabularies and the condition type its rules are written in. Kept in
 * src/schemas so that schemas import nothing from src/lib; the engine imports them from here.
 */

/** The scope verdict: does this kind of dispute fall within the channel, per the documents. */
export const VERDICTS = ['applicable', 'not-applicable', 'needs-review'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  applicable: '适用',
  'not-applicable': '不适用',
  'needs-review': '需要核实',
};

/**
 * What a rule is, by the words of the provision it rests on (its `basis`):
 * - scope: the provision says which disputes the channel takes or excludes; sets the verdict.
 * - entry: the provision says how a matter gets into the channel (信访移送、复议案件中); sets the
 *   entry condition and next steps, never the verdict.
 * - note: the provision says how to mediate (查明事实、不得规避纠正); shown as a note only.
 */
export const RULE_KINDS = ['scope', 'entry', 'note'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const RULE_KIND_LABELS: Record<RuleKind, string> = { scope: '范围', entry: '进入方式', note: '办理提示' };

/** Where the matter stands on the way into the channel. */
export const ENTRY_STATUSES = ['open', 'step', 'closed'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  open: '可以进入',
  step: '先办一步',
  closed: '不经此途径',
};

/**
 * A condition on the answers: `{ q, in }` holds when question q's answer contains one of the
 * values; `all` / `any` / `not` combine. `q` may be `@<channel id>` for an earlier channel's verdict.
 */
export type Condition = { q: string; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition };
