/**
 * The scope checker's engine (受理范围判断): which channel — 行政调解, 人民调解（访调对接）,
 * 行政争议纾解, 行政复议中的和解调解, or 其他途径 — fits a dispute, given a clerk's answers to a
 * few questions. Pure functions over plain data; the data lives in src/content/scope/ and is
 * validated by src/schemas/scope.ts, whose output types are assignable to the types below.
 *
 * ## Answers
 * `Answers` maps a question id to the list of chosen option values — always a list, one value for
 * a single-choice question. An unanswered question has no key (or an empty list). In the URL each
 * value is one parameter, repeated for multiple choice: `?parties=citizen&parties=org&subject=…`
 * (see `answersToParams` / `answersFromParams`).
 *
 * ## Conditions
 * `{ q, in }` holds when the answer to question `q` contains at least one of the values in `in`;
 * it is false while `q` is unanswered (so `{ not: { q, in } }` is true then). `{ all }`, `{ any }`
 * and `{ not }` combine conditions; `{ all: [] }` is true and `{ any: [] }` false.
 * A `q` written `@<channel id>` refers to that channel's verdict instead of an answer, e.g.
 * `{ q: '@fangdiao', in: ['not-applicable'] }`; only a channel with a higher `order` may use it
 * (其他途径 uses it to say “none of the channels above fits”).
 *
 * ## How a channel's verdict is reached
 * Every rule whose `when` holds is collected — not just the first. The strongest verdict among
 * them decides: not-applicable > needs-review > applicable. `reasons` lists every matching rule
 * with that verdict (so all the reasons why a channel is closed are shown together); matching
 * rules with a weaker verdict go to `alsoNoted` (e.g. “属于第五部分第（一）项第1目” next to
 * “但一方当事人拒绝调解”). When no rule matches, the channel's `default` decides.
 * If a question the channel's rules depend on is still unanswered, an `applicable` verdict is
 * lowered to `needs-review` and the missing questions are named; `not-applicable` stays.
 * `next` collects the next steps of the deciding rules (or of the default) whose own `when`, if
 * any, holds; duplicates are dropped.
 */
import { DOMAINS } from '../../schemas/domains.ts';

export const VERDICTS = ['applicable', 'not-applicable', 'needs-review'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  applicable: '适用',
  'not-applicable': '不适用',
  'needs-review': '需要核实',
};
/** Higher decides. */
const STRENGTH: Record<Verdict, number> = { applicable: 0, 'needs-review': 1, 'not-applicable': 2 };

export type Condition = { q: string; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface ScopeOption {
  value: string;
  label: string;
}

export interface ScopeQuestion {
  id: string;
  text: string;
  help?: string | undefined;
  multiple?: boolean | undefined;
  /** Resolved options; for `optionsFrom: domains` the schema fills them from DOMAINS. */
  options: ScopeOption[];
  optionsFrom?: 'domains' | undefined;
  askIf?: Condition | undefined;
  order: number;
}

export interface NextStepData {
  text: string;
  href?: string | undefined;
  /** Shown only when this holds (e.g. only for 重大疑难 disputes). */
  when?: Condition | undefined;
  cites?: string[] | undefined;
}

export interface ScopeRule {
  id: string;
  when: Condition;
  verdict: Verdict;
  reason: string;
  cites: string[];
  next?: NextStepData[] | undefined;
}

export interface ScopeDefault {
  verdict: Verdict;
  reason: string;
  cites: string[];
  next?: NextStepData[] | undefined;
}

export interface ScopeChannel {
  id: string;
  title: string;
  order: number;
  summary: string;
  rules: ScopeRule[];
  default: ScopeDefault;
}

export type Answers = Record<string, string[]>;

export interface Reason {
  /** The rule that gave it; `default` for the channel default, `unanswered` for missing answers. */
  ruleId: string;
  verdict: Verdict;
  text: string;
  cites: string[];
}

export interface NextStep {
  text: string;
  href?: string | undefined;
  cites: string[];
}

export interface ChannelResult {
  channel: ScopeChannel;
  verdict: Verdict;
  /** Every reason for the verdict (all matching rules with the deciding verdict). */
  reasons: Reason[];
  /** Matching rules with a weaker verdict: context the clerk should still see. */
  alsoNoted: Reason[];
  next: NextStep[];
  /** Ids of asked-but-unanswered questions this channel's rules depend on. */
  unanswered: string[];
}

const CHANNEL_REF = '@';

/** The options of a question: its own, or the dispute domains for `optionsFrom: domains`. */
export function questionOptions(question: ScopeQuestion): ScopeOption[] {
  if (question.options.length > 0 || question.optionsFrom !== 'domains') return question.options;
  return DOMAINS.map((d) => ({ value: d, label: d }));
}

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

function sortedQuestions(questions: readonly ScopeQuestion[]): ScopeQuestion[] {
  return questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.order - b.q.order || a.i - b.i)
    .map((x) => x.q);
}

/**
 * The questions to ask, in order, and the answers with every answer to a question that is no
 * longer asked dropped. A question's `askIf` is judged on the answers to the questions before it
 * (after their own dropping), so hiding one question can hide the ones that depend on it.
 */
export function visibleQuestions(
  questions: readonly ScopeQuestion[],
  answers: Readonly<Answers>,
): { questions: ScopeQuestion[]; answers: Answers } {
  const kept: Answers = {};
  const shown: ScopeQuestion[] = [];
  for (const q of sortedQuestions(questions)) {
    if (q.askIf && !holds(q.askIf, kept)) continue;
    shown.push(q);
    const given = answers[q.id];
    if (given && given.length > 0) kept[q.id] = [...given];
  }
  return { questions: shown, answers: kept };
}

/** Visible questions without an answer yet. */
export function unansweredQuestions(questions: readonly ScopeQuestion[], answers: Readonly<Answers>): ScopeQuestion[] {
  const v = visibleQuestions(questions, answers);
  return v.questions.filter((q) => (v.answers[q.id] ?? []).length === 0);
}

function nextSteps(items: readonly NextStepData[] | undefined, answers: Readonly<Answers>, into: NextStep[]): void {
  for (const n of items ?? []) {
    if (n.when && !holds(n.when, answers)) continue;
    if (into.some((x) => x.text === n.text)) continue;
    into.push({ text: n.text, ...(n.href === undefined ? {} : { href: n.href }), cites: n.cites ?? [] });
  }
}

/**
 * One channel's verdict. `answers` may carry `@<channel id>` keys with earlier channels' verdicts
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
    const used = new Set<string>();
    for (const r of channel.rules) referencedIds(r.when, used);
    unanswered = visible.questions.filter((q) => used.has(q.id) && !effective[q.id]?.length).map((q) => q.id);
  }

  const matched = channel.rules.filter((r) => holds(r.when, effective));
  const toReason = (r: ScopeRule): Reason => ({ ruleId: r.id, verdict: r.verdict, text: r.reason, cites: [...r.cites] });
  let verdict: Verdict;
  let reasons: Reason[];
  let alsoNoted: Reason[];
  const next: NextStep[] = [];
  if (matched.length === 0) {
    verdict = channel.default.verdict;
    reasons = [{ ruleId: 'default', verdict, text: channel.default.reason, cites: [...channel.default.cites] }];
    alsoNoted = [];
    nextSteps(channel.default.next, effective, next);
  } else {
    const top = Math.max(...matched.map((r) => STRENGTH[r.verdict]));
    const deciding = matched.filter((r) => STRENGTH[r.verdict] === top);
    verdict = deciding[0]!.verdict;
    reasons = deciding.map(toReason);
    alsoNoted = matched
      .filter((r) => STRENGTH[r.verdict] < top)
      .sort((a, b) => STRENGTH[b.verdict] - STRENGTH[a.verdict])
      .map(toReason);
    for (const r of deciding) nextSteps(r.next, effective, next);
  }

  if (unanswered.length > 0 && verdict !== 'not-applicable') {
    const names = (questions ?? []).filter((q) => unanswered.includes(q.id)).map((q) => `“${q.text}”`);
    const missing: Reason = {
      ruleId: 'unanswered',
      verdict: 'needs-review',
      text: `还有问题没有回答：${names.join('、')}。回答后才能确定。`,
      cites: [],
    };
    if (verdict === 'applicable') {
      alsoNoted = [...reasons, ...alsoNoted];
      reasons = [missing];
      verdict = 'needs-review';
    } else {
      reasons = [missing, ...reasons];
    }
  }
  return { channel, verdict, reasons, alsoNoted, next, unanswered };
}

/**
 * Every channel's verdict, in channel order. Each channel sees the verdicts of the channels
 * before it as `@<id>` answers. Pass `questions` (the page always should) so stale answers are
 * dropped and unanswered questions are noted.
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
  const results: ChannelResult[] = [];
  for (const channel of ordered) {
    const result = evaluateChannel(channel, withVerdicts, questions);
    withVerdicts[`${CHANNEL_REF}${channel.id}`] = [result.verdict];
    results.push(result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// URL query <-> answers

/** Answers from `?q1=a&q2=b&q2=c`; unknown keys, unknown values and hidden questions are ignored. */
export function answersFromParams(params: URLSearchParams, questions: readonly ScopeQuestion[]): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const allowed = new Set(questionOptions(q).map((o) => o.value));
    const values = [...new Set(params.getAll(q.id).filter((v) => allowed.has(v)))];
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
    const allowed = questionOptions(q).map((o) => o.value);
    const given = visible.answers[q.id] ?? [];
    // Option order, so the same answers always give the same URL.
    const values = allowed.filter((v) => given.includes(v));
    for (const v of q.multiple ? values : values.slice(0, 1)) params.append(q.id, v);
  }
  return params;
}

// ---------------------------------------------------------------------------------------------
// Data checks

function canonical(cond: Condition): string {
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

/**
 * Problems in the questions and channels that the schemas cannot see, as messages for the
 * editor; [] when all is well. Checks: duplicate ids; conditions naming an unknown question,
 * an option value the question does not have, a later question (in askIf) or a later channel;
 * two rules of a channel with identical conditions (contradictory when the verdicts differ,
 * redundant when they agree); a rule that can never decide because a rule with a stronger
 * verdict holds whenever it does; a channel without a default; a question nothing uses.
 */
export function checkRuleData(questions: readonly ScopeQuestion[], channels: readonly ScopeChannel[]): string[] {
  const errors: string[] = [];
  const byId = new Map<string, ScopeQuestion>();
  const position = new Map<string, number>();
  sortedQuestions(questions).forEach((q, i) => {
    if (byId.has(q.id)) errors.push(`问题 id “${q.id}” 重复`);
    byId.set(q.id, q);
    position.set(q.id, i);
    const options = questionOptions(q);
    if (options.length === 0) errors.push(`问题 ${q.id}：没有选项`);
    const values = options.map((o) => o.value);
    for (const v of values.filter((v, j) => values.indexOf(v) !== j)) errors.push(`问题 ${q.id}：选项值 “${v}” 重复`);
  });
  const channelOrder = new Map<string, number>();
  for (const c of channels) {
    if (channelOrder.has(c.id)) errors.push(`渠道 id “${c.id}” 重复`);
    channelOrder.set(c.id, c.order);
  }
  const used = new Set<string>();

  const checkCondition = (cond: Condition, where: string, ctx: { beforeQuestion?: string; channel?: ScopeChannel }): void => {
    if ('all' in cond) return cond.all.forEach((c) => checkCondition(c, where, ctx));
    if ('any' in cond) return cond.any.forEach((c) => checkCondition(c, where, ctx));
    if ('not' in cond) return checkCondition(cond.not, where, ctx);
    if (cond.in.length === 0) errors.push(`${where}：条件 “${cond.q}” 的 in 列表是空的，永远不成立`);
    if (cond.q.startsWith(CHANNEL_REF)) {
      const ref = cond.q.slice(CHANNEL_REF.length);
      const order = channelOrder.get(ref);
      if (order === undefined) errors.push(`${where}：条件引用了不存在的渠道 “${ref}”`);
      else if (!ctx.channel) errors.push(`${where}：只有渠道规则可以引用渠道结论 “${cond.q}”`);
      else if (order >= ctx.channel.order)
        errors.push(`${where}：只能引用排在前面（order 更小）的渠道，“${ref}” 不在 ${ctx.channel.id} 之前`);
      for (const v of cond.in)
        if (!(VERDICTS as readonly string[]).includes(v)) errors.push(`${where}：渠道结论只能是 ${VERDICTS.join(' / ')}，没有 “${v}”`);
      return;
    }
    const q = byId.get(cond.q);
    if (!q) {
      errors.push(`${where}：条件引用了不存在的问题 “${cond.q}”`);
      return;
    }
    used.add(q.id);
    if (ctx.beforeQuestion !== undefined && (position.get(q.id) ?? 0) >= (position.get(ctx.beforeQuestion) ?? 0)) {
      errors.push(`${where}：askIf 只能依据排在前面的问题，“${q.id}” 不在 ${ctx.beforeQuestion} 之前`);
    }
    const values = new Set(questionOptions(q).map((o) => o.value));
    for (const v of cond.in) if (!values.has(v)) errors.push(`${where}：问题 ${q.id} 没有选项值 “${v}”`);
  };

  for (const q of byId.values()) if (q.askIf) checkCondition(q.askIf, `问题 ${q.id} 的 askIf`, { beforeQuestion: q.id });

  for (const c of channels) {
    const ruleIds = c.rules.map((r) => r.id);
    for (const id of ruleIds.filter((id, j) => ruleIds.indexOf(id) !== j)) errors.push(`渠道 ${c.id}：规则 id “${id}” 重复`);
    if (!(c as Partial<ScopeChannel>).default) errors.push(`渠道 ${c.id}：缺少 default（没有规则成立时的结论）`);
    else c.default.next?.forEach((n, j) => n.when && checkCondition(n.when, `渠道 ${c.id} default 的第 ${j + 1} 个下一步`, { channel: c }));
    for (const r of c.rules) {
      checkCondition(r.when, `渠道 ${c.id} 规则 ${r.id}`, { channel: c });
      r.next?.forEach((n, j) => n.when && checkCondition(n.when, `渠道 ${c.id} 规则 ${r.id} 的第 ${j + 1} 个下一步`, { channel: c }));
    }
    c.rules.forEach((a, i) =>
      c.rules.slice(i + 1).forEach((b) => {
        if (canonical(a.when) === canonical(b.when)) {
          errors.push(
            a.verdict === b.verdict
              ? `渠道 ${c.id}：规则 ${a.id} 和 ${b.id} 的条件相同，结论也相同，应合并`
              : `渠道 ${c.id}：规则 ${a.id} 和 ${b.id} 的条件相同，结论却不同（${VERDICT_LABELS[a.verdict]} / ${VERDICT_LABELS[b.verdict]}）`,
          );
        }
      }),
    );
    for (const r of c.rules) {
      const stronger = c.rules.find(
        (s) => s !== r && STRENGTH[s.verdict] > STRENGTH[r.verdict] && canonical(s.when) !== canonical(r.when) && implies(r.when, s.when),
      );
      if (stronger) {
        errors.push(
          `渠道 ${c.id}：规则 ${r.id}（${VERDICT_LABELS[r.verdict]}）永远不会决定结论——它成立时规则 ${stronger.id}（${VERDICT_LABELS[stronger.verdict]}）一定也成立`,
        );
      }
    }
  }
  for (const q of byId.values()) if (!used.has(q.id)) errors.push(`问题 ${q.id} 没有被任何规则、下一步或 askIf 用到，可以删去`);
  return errors;
}

/** Every citation in the channels and reminders, with where it is, for the site-wide check. */
export function scopeCitations(
  channels: readonly ScopeChannel[],
  reminders: readonly { id: string; cites: string[] }[] = [],
): { where: string; id: string }[] {
  const out: { where: string; id: string }[] = [];
  for (const c of channels) {
    for (const r of c.rules) {
      for (const id of r.cites) out.push({ where: `src/content/scope/channels/${c.id}.yaml（规则 ${r.id}）`, id });
      r.next?.forEach((n) =>
        n.cites?.forEach((id) => out.push({ where: `src/content/scope/channels/${c.id}.yaml（规则 ${r.id} 的下一步）`, id })),
      );
    }
    for (const id of c.default.cites) out.push({ where: `src/content/scope/channels/${c.id}.yaml（default）`, id });
    c.default.next?.forEach((n) =>
      n.cites?.forEach((id) => out.push({ where: `src/content/scope/channels/${c.id}.yaml（default 的下一步）`, id })),
    );
  }
  for (const r of reminders) for (const id of r.cites) out.push({ where: `src/content/scope/reminders.yaml（${r.id}）`, id });
  return out;
}
