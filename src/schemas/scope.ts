/**
 * The scope checker (受理范围判断): its questions (src/content/scope/questions.yaml), one file per
 * channel (src/content/scope/channels/<id>.yaml), the principles that always apply
 * (src/content/scope/reminders.yaml) and the everyday names of disputes
 * (src/content/dispute-vocabulary.yaml).
 *
 * How a channel's rules combine (implemented in src/lib/scope/engine.ts): every rule whose `when`
 * holds counts, not only the first; the strongest verdict wins — 不适用 (not-applicable) over
 * 需要核实 (needs-review) over 适用 (applicable) — and the page lists the reasons of all rules with
 * that verdict, then the weaker ones as context. When no rule holds, `default` decides. Rule order
 * in the file therefore does not change the verdict; keep rules in the order a clerk would read
 * them. Cross-file checks (unknown question, unknown option value, contradictory or dead rules)
 * are done by checkRuleData() in the engine.
 */
import { z } from 'astro/zod';
import { citations, localId, uniqueIds } from './common.ts';
import { DOMAINS } from './domains.ts';
import { SLUG_RE } from './ids.ts';
import { VERDICTS, type Condition } from './verdicts.ts';

export { VERDICTS, VERDICT_LABELS, type Verdict, type Condition } from './verdicts.ts';

const optionValue = z
  .string({ error: '选项值（value）应为文字，如 citizen；写“是/否”一类的值时请加引号' })
  .min(1, { error: '选项值不能为空' });

/**
 * A condition on the answers:
 *   { q: 问题id, in: [选项值, …] }  该问题的回答中有列出的任一值（未回答时不成立）
 *   { all: [条件, …] }              全部成立
 *   { any: [条件, …] }              任一成立
 *   { not: 条件 }                   不成立（问题未回答时，{ not: { q, in } } 成立）
 * `q` may be `@渠道id` to test an earlier channel's verdict (applicable / not-applicable / needs-review).
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({
        q: z.string({ error: '问题的 id，如 subject；或 @渠道id' }).regex(/^@?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: '应为问题 id（小写字母、数字、连字符），或 @渠道id',
        }),
        in: z.array(optionValue, { error: '列出选项值，如 [citizen, org]' }).min(1, { error: '至少列出一个选项值' }),
      }),
      z.strictObject({ all: z.array(conditionSchema, { error: '条件列表' }).min(1, { error: '至少要有一个条件' }) }),
      z.strictObject({ any: z.array(conditionSchema, { error: '条件列表' }).min(1, { error: '至少要有一个条件' }) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: '条件只能写成 {q: 问题id, in: [选项值]}、{all: [...]}、{any: [...]} 或 {not: 条件} 之一，且不能有别的字段' },
  ),
);

export const scopeOptionSchema = z.strictObject({
  value: optionValue.regex(SLUG_RE, { error: '选项值 value 只能用小写字母、数字和连字符，如 civil-linked（会出现在网址里）' }),
  label: z.string({ error: '选项的文字，窗口工作人员看到的说法' }).min(1),
});

export const OPTION_SOURCES = ['domains'] as const;

export const scopeQuestionSchema = z
  .strictObject({
    id: localId,
    text: z.string({ error: '问题，如“纠纷双方是谁？”' }).min(4),
    help: z.string().min(4).optional(),
    /** Several options may be chosen (e.g. the kinds of parties). */
    multiple: z.boolean({ error: '应为 true 或 false' }).default(false),
    options: z.array(scopeOptionSchema).default([]),
    /** `domains`: the options are the dispute domains of src/schemas/domains.ts. */
    optionsFrom: z.enum(OPTION_SOURCES, { error: '只能是 domains（从纠纷领域清单生成选项）' }).optional(),
    /** Ask only when this holds; it may only look at questions asked earlier. */
    askIf: conditionSchema.optional(),
    order: z.number({ error: '提问顺序，数字小的先问' }).int(),
  })
  .superRefine((q, ctx) => {
    if ((q.options.length > 0) === (q.optionsFrom !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '要么写 options（选项列表），要么写 optionsFrom: domains，二者只能有一个' });
    }
    if (q.options.length === 1) ctx.addIssue({ code: 'custom', path: ['options'], message: '一个问题至少要有两个选项' });
  })
  .transform((q) => (q.optionsFrom === 'domains' ? { ...q, options: DOMAINS.map((d) => ({ value: d, label: d })) } : q));

export const nextStepSchema = z.strictObject({
  text: z.string({ error: '下一步做什么，一句话' }).min(4),
  href: z.string().regex(/^\//, { error: 'next.href 应为站内路径，以 / 开头，如 /procedures/fangdiao/' }).optional(),
  when: conditionSchema.optional(),
  cites: citations.optional(),
});

const verdict = z.enum(VERDICTS, { error: `只能是 ${VERDICTS.join(' / ')}（适用 / 不适用 / 需要核实）` });
const reason = z.string({ error: '用窗口工作人员听得懂的话说明理由' }).min(8, { error: '太短：要说明依据哪条、为什么' });

export const scopeRuleSchema = z.strictObject({
  id: localId,
  when: conditionSchema,
  verdict,
  reason,
  cites: citations,
  next: z.array(nextStepSchema).optional(),
});

export const scopeChannelSchema = z.strictObject({
  id: localId,
  title: z.string({ error: '渠道名称，如“行政调解”' }).min(2),
  order: z.number({ error: '显示顺序；“其他途径”要排在最后' }).int(),
  summary: z.string({ error: '一两句话说明这个渠道' }).min(10),
  /** All matching rules count; the strongest verdict wins (see the file comment). */
  rules: z.array(scopeRuleSchema, { error: '规则列表' }).min(1, { error: '至少要有一条规则' }).superRefine(uniqueIds('规则')),
  default: z.strictObject(
    { verdict, reason, cites: citations, next: z.array(nextStepSchema).optional() },
    { error: '必填：没有任何规则成立时的结论（verdict、reason、cites）' },
  ),
});

/** A principle that applies whatever the channel (自愿、合法、中立、平等、告知救济 …). */
export const scopeReminderSchema = z.strictObject({
  id: localId,
  title: z.string({ error: '原则名称，如“自愿”' }).min(2),
  text: z.string({ error: '一两句话说明要做到什么' }).min(8),
  cites: citations,
});

/** An everyday name of a dispute, as people at the window say it, and the domains it belongs to. */
export const disputeTermSchema = z.strictObject({
  term: z.string({ error: '群众的说法，如“讨薪”' }).min(2, { error: '至少两个字' }),
  domains: z
    .array(z.enum(DOMAINS, { error: `只能从以下选：${DOMAINS.join('、')}` }), { error: '所属纠纷领域列表' })
    .min(1, { error: '至少写一个纠纷领域' }),
  also: z.array(z.string().min(2, { error: '同义说法至少两个字' })).default([]),
});

export type ScopeQuestionData = z.output<typeof scopeQuestionSchema>;
export type ScopeChannelData = z.output<typeof scopeChannelSchema>;
export type ScopeReminder = z.output<typeof scopeReminderSchema>;
export type DisputeTerm = z.output<typeof disputeTermSchema>;
