/**
 * A channel's two answers to a clerk's answers:
 * - scope (`verdict`): does this kind of dispute fall within the channel. Every scope rule whose
 *   `when` holds counts; the strongest verdict decides — not-applicable > needs-review >
 *   applicable; `reasons` lists every deciding rule, weaker matches go to `alsoNoted`. No scope
 *   rule holding: the channel `default`. While a question the scope rules read is unanswered,
 *   applicable is lowered to needs-review and the question is named.
 * - entry: how the matter gets there. Every entry rule that holds is listed; its status is the
 *   most closed one (closed > step > open). None holding: the channel's `entry`.
 * Note rules (how-to provisions) only add `notes`. Next steps come from the deciding scope rules
 * (or default), then the entry, then the notes, each once, whose own `when` holds.
 */
import type { EntryStatus, Verdict } from '../../schemas/scope-enums.ts';
import type { NextStepData, ScopeChannel, ScopeQuestion, ScopeRule } from '../../schemas/scope.ts';
import { holds, referencedIds, type Answers } from './condition.ts';
import { visibleQuestions } from './questions.ts';

export const VERDICT_STRENGTH: Record<Verdict, number> = { applicable: 0, 'needs-review': 1, 'not-applicable': 2 };
const ENTRY_STRENGTH: Record<EntryStatus, number> = { open: 0, step: 1, closed: 2 };
const CHANNEL_REF = '@';

export interface Reason {
  /** The rule that gave it; `default` / `entry` for the channel's own, `unanswered` for missing answers. */
  ruleId: string;
  text: string;
  cites: string[];
}
export interface ScopeReason extends Reason {
  verdict: Verdict;
}
export interface EntryReason extends Reason {
  status: EntryStatus;
}
export interface NextStep {
  text: string;
  href?: string | undefined;
  cites: string[];
}

export interface ChannelResult {
  channel: ScopeChannel;
  verdict: Verdict;
  reasons: ScopeReason[];
  alsoNoted: ScopeReason[];
  entryStatus: EntryStatus;
  entry: EntryReason[];
  notes: Reason[];
  next: NextStep[];
  /** Asked-but-unanswered questions the channel's scope rules read. */
  unanswered: string[];
}

type ScopeKindRule = Extract<ScopeRule, { kind: 'scope' }>;
type EntryKindRule = Extract<ScopeRule, { kind: 'entry' }>;

function addNext(items: readonly NextStepData[] | undefined, answers: Readonly<Answers>, into: NextStep[]): void {
  for (const n of items ?? []) {
    if (n.when && !holds(n.when, answers)) continue;
    if (into.some((x) => x.text === n.text)) continue;
    into.push({ text: n.text, ...(n.href === undefined ? {} : { href: n.href }), cites: n.cites ?? [] });
  }
}

/** Question ids the channel's scope rules read: only these can hold the scope verdict back. */
export function scopeQuestionIds(channel: ScopeChannel): Set<string> {
  const used = new Set<string>();
  for (const r of channel.rules) if (r.kind === 'scope') referencedIds(r.when, used);
  return used;
}

/**
 * One channel. `answers` may carry `@<channel id>` keys with earlier channels' verdicts
 * (evaluateAll adds them). Pass `questions` to have stale answers dropped and missing ones noted.
 */
export function evaluateChannel(
  channel: ScopeChannel,
  answers: Readonly<Answers>,
  questions?: readonly ScopeQuestion[] | undefined,
): ChannelResult {
  let effective: Answers = { ...answers };
  let unanswered: string[] = [];
  if (questions) {
    const visible = visibleQuestions(questions, answers);
    effective = { ...visible.answers };
    for (const [k, v] of Object.entries(answers)) if (k.startsWith(CHANNEL_REF)) effective[k] = v;
    // Alternatives (仲裁、诉讼…) stay open whatever is still unanswered; only their reasons vary.
    const used = channel.alternatives ? new Set<string>() : scopeQuestionIds(channel);
    unanswered = visible.questions.filter((q) => used.has(q.id) && !effective[q.id]?.length).map((q) => q.id);
  }
  const matched = channel.rules.filter((r) => holds(r.when, effective));
  const next: NextStep[] = [];

  // Scope.
  const scopeMatched = matched.filter((r): r is ScopeKindRule => r.kind === 'scope');
  const toReason = (r: ScopeKindRule): ScopeReason => ({ ruleId: r.id, verdict: r.verdict, text: r.reason, cites: [...r.cites] });
  let verdict: Verdict;
  let reasons: ScopeReason[];
  let alsoNoted: ScopeReason[] = [];
  if (scopeMatched.length === 0) {
    verdict = channel.default.verdict;
    reasons = [{ ruleId: 'default', verdict, text: channel.default.reason, cites: [...channel.default.cites] }];
    addNext(channel.default.next, effective, next);
  } else {
    const top = Math.max(...scopeMatched.map((r) => VERDICT_STRENGTH[r.verdict]));
    const deciding = scopeMatched.filter((r) => VERDICT_STRENGTH[r.verdict] === top);
    verdict = deciding[0]!.verdict;
    reasons = deciding.map(toReason);
    alsoNoted = scopeMatched
      .filter((r) => VERDICT_STRENGTH[r.verdict] < top)
      .sort((a, b) => VERDICT_STRENGTH[b.verdict] - VERDICT_STRENGTH[a.verdict])
      .map(toReason);
    for (const r of deciding) addNext(r.next, effective, next);
  }
  if (unanswered.length > 0 && verdict !== 'not-applicable') {
    const names = (questions ?? []).filter((q) => unanswered.includes(q.id)).map((q) => `“${q.text}”`);
    const missing: ScopeReason = {
      ruleId: 'unanswered',
      verdict: 'needs-review',
      text: `还有问题没有回答：${names.join('、')}。回答后才能确定。`,
      cites: [],
    };
    if (verdict === 'applicable') {
      alsoNoted = [...reasons, ...alsoNoted];
      reasons = [missing];
      verdict = 'needs-review';
    } else reasons = [missing, ...reasons];
  }

  // Entry.
  const entryMatched = matched.filter((r): r is EntryKindRule => r.kind === 'entry');
  const entry: EntryReason[] =
    entryMatched.length === 0
      ? [{ ruleId: 'entry', status: channel.entry.status, text: channel.entry.reason, cites: [...channel.entry.cites] }]
      : entryMatched
          .map((r) => ({ ruleId: r.id, status: r.status, text: r.reason, cites: [...r.cites] }))
          .sort((a, b) => ENTRY_STRENGTH[b.status] - ENTRY_STRENGTH[a.status]);
  const entryStatus = entry[0]!.status;
  if (entryMatched.length === 0) addNext(channel.entry.next, effective, next);
  else for (const r of entryMatched) addNext(r.next, effective, next);

  // Notes.
  const noteRules = matched.filter((r) => r.kind === 'note');
  const notes: Reason[] = noteRules.map((r) => ({ ruleId: r.id, text: r.reason, cites: [...r.cites] }));
  for (const r of noteRules) addNext(r.next, effective, next);

  return { channel, verdict, reasons, alsoNoted, entryStatus, entry, notes, next, unanswered };
}

/**
 * Every channel, in channel order; each sees the verdicts of the channels before it as `@<id>`
 * answers. Pass `questions` (the page always does) so stale answers are dropped.
 */
export function evaluateAll(
  channels: readonly ScopeChannel[],
  answers: Readonly<Answers>,
  questions?: readonly ScopeQuestion[] | undefined,
): ChannelResult[] {
  const clean: Answers = {};
  for (const [k, v] of Object.entries(answers)) if (!k.startsWith(CHANNEL_REF)) clean[k] = v;
  const withVerdicts: Answers = questions ? visibleQuestions(questions, clean).answers : clean;
  const ordered = channels
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.order - b.c.order || a.i - b.i)
    .map((x) => x.c);
  return ordered.map((channel) => {
    const result = evaluateChannel(channel, withVerdicts, questions);
    withVerdicts[`${CHANNEL_REF}${channel.id}`] = [result.verdict];
    return result;
  });
}

export { CHANNEL_REF };
