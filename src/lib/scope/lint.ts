/**
 * Problems in the scope data that the schemas cannot see, as messages for the editor ([] when all
 * is well). Checks: duplicate ids; conditions naming an unknown question or option value, a later
 * question (askIf) or a later channel; a rule whose `basis` is not among its cites; two rules of
 * the same kind with identical conditions; a scope rule that can never decide because a stronger
 * one always holds with it; a scope rule that says 不适用 from a procedural question (how a
 * matter came, whether 复议 was filed: those are entry facts, see RULE_KINDS); retired option
 * values that point nowhere; a question nothing uses; cues that pre-answer unknown questions.
 */
import { VERDICT_LABELS, VERDICTS, type Condition } from '../../schemas/scope-enums.ts';
import type { ScopeChannel, ScopeCue, ScopeQuestion } from '../../schemas/scope.ts';
import { canonical, implies, referencedIds } from './condition.ts';
import { CHANNEL_REF, VERDICT_STRENGTH } from './evaluate.ts';
import { questionOptions, sortedQuestions } from './questions.ts';

export function checkRuleData(
  questions: readonly ScopeQuestion[],
  channels: readonly ScopeChannel[],
  cues: readonly ScopeCue[] = [],
): string[] {
  const errors: string[] = [];
  const byId = new Map<string, ScopeQuestion>();
  const position = new Map<string, number>();
  sortedQuestions(questions).forEach((q, i) => {
    if (byId.has(q.id)) errors.push(`问题 id “${q.id}” 重复`);
    byId.set(q.id, q);
    position.set(q.id, i);
    const values = questionOptions(q).map((o) => o.value);
    if (values.length === 0) errors.push(`问题 ${q.id}：没有选项`);
    for (const v of values.filter((v, j) => values.indexOf(v) !== j)) errors.push(`问题 ${q.id}：选项值 “${v}” 重复`);
  });
  const valuesOf = (id: string): Set<string> => new Set(questionOptions(byId.get(id) ?? { options: [] }).map((o) => o.value));
  for (const q of byId.values()) {
    for (const [old, becomes] of Object.entries(q.retired)) {
      if (valuesOf(q.id).has(old)) errors.push(`questions.yaml 问题 ${q.id} 的 retired：“${old}” 仍是现有选项，不能同时停用`);
      for (const [id, values] of Object.entries(becomes)) {
        if (!byId.has(id)) errors.push(`questions.yaml 问题 ${q.id} 的 retired.${old}：没有问题 “${id}”`);
        else
          for (const v of values)
            if (!valuesOf(id).has(v)) errors.push(`questions.yaml 问题 ${q.id} 的 retired.${old}：问题 ${id} 没有选项值 “${v}”`);
      }
    }
  }
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
    const values = valuesOf(q.id);
    for (const v of cond.in) if (!values.has(v)) errors.push(`${where}：问题 ${q.id} 没有选项值 “${v}”`);
  };

  for (const q of byId.values()) if (q.askIf) checkCondition(q.askIf, `问题 ${q.id} 的 askIf`, { beforeQuestion: q.id });

  for (const c of channels) {
    const file = `src/content/scope/channels/${c.id}.yaml`;
    const ruleIds = c.rules.map((r) => r.id);
    for (const id of ruleIds.filter((id, j) => ruleIds.indexOf(id) !== j)) errors.push(`${file}：规则 id “${id}” 重复`);
    if (!(c as Partial<ScopeChannel>).default) errors.push(`${file}：缺少 default（没有范围规则成立时的结论）`);
    else c.default.next?.forEach((n, j) => n.when && checkCondition(n.when, `${file} default 的第 ${j + 1} 个下一步`, { channel: c }));
    c.entry.next?.forEach((n, j) => n.when && checkCondition(n.when, `${file} entry 的第 ${j + 1} 个下一步`, { channel: c }));
    for (const r of c.rules) {
      const where = `${file} 规则 ${r.id}`;
      checkCondition(r.when, where, { channel: c });
      r.next?.forEach((n, j) => n.when && checkCondition(n.when, `${where} 的第 ${j + 1} 个下一步`, { channel: c }));
      if (!r.cites.includes(r.basis)) errors.push(`${where}：basis “${r.basis}” 应同时列在 cites 里`);
      if (r.kind === 'scope' && r.verdict === 'not-applicable') {
        const procedural = [...referencedIds(r.when)].filter((id) => byId.get(id)?.procedural);
        if (procedural.length > 0) {
          errors.push(
            `${where}：范围规则不能依据程序性问题（${procedural.join('、')}）得出“不适用”；事项怎么来、是否已复议属于进入方式，请改为 kind: entry`,
          );
        }
      }
    }
    c.rules.forEach((a, i) =>
      c.rules.slice(i + 1).forEach((b) => {
        if (a.kind !== b.kind || canonical(a.when) !== canonical(b.when)) return;
        if (a.kind === 'scope' && b.kind === 'scope' && a.verdict !== b.verdict) {
          errors.push(
            `${file}：规则 ${a.id} 和 ${b.id} 的条件相同，结论却不同（${VERDICT_LABELS[a.verdict]} / ${VERDICT_LABELS[b.verdict]}）`,
          );
        } else errors.push(`${file}：规则 ${a.id} 和 ${b.id} 是同一类规则、条件相同，应合并`);
      }),
    );
    for (const r of c.rules) {
      if (r.kind !== 'scope') continue;
      const stronger = c.rules.find(
        (s) =>
          s !== r &&
          s.kind === 'scope' &&
          VERDICT_STRENGTH[s.verdict] > VERDICT_STRENGTH[r.verdict] &&
          canonical(s.when) !== canonical(r.when) &&
          implies(r.when, s.when),
      );
      if (stronger && stronger.kind === 'scope') {
        errors.push(
          `${file}：规则 ${r.id}（${VERDICT_LABELS[r.verdict]}）永远不会决定结论——它成立时规则 ${stronger.id}（${VERDICT_LABELS[stronger.verdict]}）一定也成立`,
        );
      }
    }
  }
  cues.forEach((cue) => {
    for (const [id, values] of Object.entries(cue.answers)) {
      if (!byId.has(id)) errors.push(`src/content/scope/cues.yaml ${cue.id}：answers 里没有问题 “${id}”`);
      else
        for (const v of values)
          if (!valuesOf(id).has(v)) errors.push(`src/content/scope/cues.yaml ${cue.id}：问题 ${id} 没有选项值 “${v}”`);
    }
  });
  for (const q of byId.values()) if (!used.has(q.id)) errors.push(`问题 ${q.id} 没有被任何规则、下一步或 askIf 用到，可以删去`);
  return errors;
}
