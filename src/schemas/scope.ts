/**
 * The scope checker (受理范围判断): its questions (src/content/scope/questions.yaml), one file per
 * channel (src/content/scope/channels/<id>.yaml), the principles that always apply
 * (src/content/scope/reminders.yaml) and the everyday names of disputes
 * (src/content/dispute-vocabulary.yaml).
 *
 * Each rule has a `kind` (see RULE_KINDS) and a `basis`, the provision whose words make it that
 * kind. How a channel's scope rules combine (src/lib/scope/evaluate.ts): every scope rule whose
 * `when` holds counts; the strongest verdict wins — 不适用 over 需要核实 over 适用 — and the page
 * lists the reasons of all rules with that verdict, then the weaker ones as context. When no
 * scope rule holds, `default` decides. Entry rules give the entry condition (the channel's
 * `entry` when none holds); note rules only add notes. Cross-file checks are done by
 * checkRuleData() in src/lib/scope/lint.ts.
 */
import { z } from 'astro/zod';
import { citations, localId, uniqueIds } from './common.ts';
import { DOMAINS } from './domains.ts';
import { ENTRY_STATUSES, RULE_KINDS, VERDICTS, type Condition } from './scope-enums.ts';

export * from './scope-enums.ts';

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
        q: z.string({ error: 'q：问题的 id，如 subject；或 @渠道id' }).regex(/^@?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'q 应为问题 id（小写字母、数字、连字符），或 @渠道id',
        }),
        in: z.array(optionValue, { error: 'in：列出选项值，如 [citizen, org]' }).min(1, { error: 'in 至少列出一个选项值' }),
      }),
      z.strictObject({ all: z.array(conditionSchema, { error: 'all：条件列表' }).min(1, { error: 'all 至少要有一个条件' }) }),
      z.strictObject({ any: z.array(conditionSchema, { error: 'any：条件列表' }).min(1, { error: 'any 至少要有一个条件' }) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: '条件只能写成 {q: 问题id, in: [选项值]}、{all: [...]}、{any: [...]} 或 {not: 条件} 之一，且不能有别的字段' },
  ),
);

export const scopeOptionSchema = z.strictObject({
  value: optionValue.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '选项值 value 只能用小写字母、数字和连字符，如 civil-linked（会出现在网址里）',
  }),
  label: z.string({ error: 'label：选项的文字，窗口工作人员看到的说法' }).min(1),
});

export const OPTION_SOURCES = ['domains'] as const;

export const scopeQuestionSchema = z
  .strictObject({
    id: localId,
    text: z.string({ error: 'text：问题，如“纠纷双方是谁？”' }).min(4),
    help: z.string().min(4).optional(),
    /** Several options may be chosen (e.g. the kinds of parties). */
    multiple: z.boolean({ error: 'multiple 应为 true 或 false' }).default(false),
    options: z.array(scopeOptionSchema).default([]),
    /** `domains`: the options are the dispute domains of src/schemas/domains.ts. */
    optionsFrom: z.enum(OPTION_SOURCES, { error: 'optionsFrom 只能是 domains（从纠纷领域清单生成选项）' }).optional(),
    /** Ask only when this holds; it may only look at questions asked earlier. */
    askIf: conditionSchema.optional(),
    /**
     * A fact about where the matter is on its way (how it came, whether 复议 was filed), not about
     * what the dispute is. Scope rules may not read it to say 不适用 (checked by the data lint).
     */
    procedural: z.boolean({ error: 'procedural 应为 true 或 false' }).default(false),
    /**
     * Option values no longer offered, and the answers an old link's value now stands for, e.g.
     * `discretion: { legality: [no-sign], discretion: ['yes'] }`, so shared links still open.
     */
    retired: z
      .record(z.string(), z.record(z.string(), z.array(optionValue)), {
        error: 'retired：旧选项值 → 它现在代表的回答，如 discretion: { legality: [no-sign] }',
      })
      .default({}),
    order: z.number({ error: 'order：提问顺序，数字小的先问' }).int(),
  })
  .superRefine((q, ctx) => {
    if (q.options.length > 0 === (q.optionsFrom !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: '要么写 options（选项列表），要么写 optionsFrom: domains，二者只能有一个',
      });
    }
    if (q.options.length === 1) ctx.addIssue({ code: 'custom', path: ['options'], message: '一个问题至少要有两个选项' });
  })
  .transform((q) => (q.optionsFrom === 'domains' ? { ...q, options: DOMAINS.map((d) => ({ value: d, label: d })) } : q));

export const nextStepSchema = z.strictObject({
  text: z.string({ error: 'next.text：下一步做什么，一句话' }).min(4),
  href: z.string().regex(/^\//, { error: 'next.href 应为站内路径，以 / 开头，如 /procedures/fangdiao/' }).optional(),
  when: conditionSchema.optional(),
  cites: citations.optional(),
});

const verdict = z.enum(VERDICTS, { error: `verdict 只能是 ${VERDICTS.join(' / ')}（适用 / 不适用 / 需要核实）` });
const reason = z.string({ error: 'reason：用窗口工作人员听得懂的话说明理由' }).min(8, { error: 'reason 太短：要说明依据哪条、为什么' });

const basis = z.string({ error: 'basis：使这条规则成为范围、进入方式或办理提示的那一条款的编号，须同时列在 cites 里' }).min(3);
const ruleCommon = {
  id: localId,
  basis,
  when: conditionSchema,
  reason,
  cites: citations,
  next: z.array(nextStepSchema).optional(),
};

/** A scope rule: the provision says whether this kind of dispute is in the channel. */
export const scopeScopeRuleSchema = z.strictObject({ ...ruleCommon, kind: z.literal('scope'), verdict });
/** An entry rule: the provision says how a matter gets into the channel. */
export const scopeEntryRuleSchema = z.strictObject({
  ...ruleCommon,
  kind: z.literal('entry'),
  status: z.enum(ENTRY_STATUSES, { error: `status 只能是 ${ENTRY_STATUSES.join(' / ')}（可以进入 / 先办一步 / 不经此途径）` }),
});
/** A how-to note: the provision says how to mediate, not whether. */
export const scopeNoteRuleSchema = z.strictObject({ ...ruleCommon, kind: z.literal('note') });

export const scopeRuleSchema = z.discriminatedUnion('kind', [scopeScopeRuleSchema, scopeEntryRuleSchema, scopeNoteRuleSchema], {
  error: `kind 必填，只能是 ${RULE_KINDS.join(' / ')}（范围 / 进入方式 / 办理提示）；scope 规则写 verdict，entry 规则写 status`,
});

export const scopeChannelSchema = z.strictObject({
  id: localId,
  title: z.string({ error: 'title：渠道名称，如“行政调解”' }).min(2),
  order: z.number({ error: 'order：显示顺序；“其他途径”要排在最后' }).int(),
  summary: z.string({ error: 'summary：一两句话说明这个渠道' }).min(10),
  /** All matching rules count; the strongest verdict wins (see the file comment). */
  /** Listed as alternatives (其他途径), not as a channel with a verdict of its own. */
  alternatives: z.boolean().default(false),
  /** How a matter gets into the channel when no entry rule holds. */
  entry: z.strictObject(
    {
      status: z.enum(ENTRY_STATUSES, { error: `entry.status 只能是 ${ENTRY_STATUSES.join(' / ')}` }),
      reason,
      cites: citations,
      next: z.array(nextStepSchema).optional(),
    },
    { error: 'entry 必填：一般情况下事项怎样进入这个渠道（status、reason、cites）' },
  ),
  rules: z.array(scopeRuleSchema, { error: 'rules：规则列表' }).min(1, { error: '至少要有一条规则' }).superRefine(uniqueIds('规则')),
  default: z.strictObject(
    { verdict, reason, cites: citations, next: z.array(nextStepSchema).optional() },
    { error: 'default 必填：没有任何规则成立时的结论（verdict、reason、cites）' },
  ),
});

/** A principle that applies whatever the channel (自愿、合法、中立、平等、告知救济 …). */
export const scopeReminderSchema = z.strictObject({
  id: localId,
  title: z.string({ error: 'title：原则名称，如“自愿”' }).min(2),
  text: z.string({ error: 'text：一两句话说明要做到什么' }).min(8),
  cites: citations,
});

/** An everyday name of a dispute, as people at the window say it, and the domains it belongs to. */
export const disputeTermSchema = z.strictObject({
  term: z.string({ error: 'term：群众的说法，如“讨薪”' }).min(2, { error: 'term 至少两个字' }),
  domains: z
    .array(z.enum(DOMAINS, { error: `domains 只能从以下选：${DOMAINS.join('、')}` }), { error: 'domains：所属纠纷领域列表' })
    .min(1, { error: 'domains：至少写一个纠纷领域' }),
  also: z.array(z.string().min(2, { error: '同义说法至少两个字' })).default([]),
});

/**
 * Words in a described dispute that answer a question in advance (企业 → 法人; 罚款 → 对行政行为有
 * 异议). The page shows such answers as pre-filled and editable; they never override a user's answer.
 */
export const scopeCueSchema = z.strictObject({
  id: localId,
  words: z.array(z.string().min(1), { error: 'words：描述里出现的字词，如 [公司, 企业]' }).min(1, { error: 'words 至少写一个' }),
  answers: z.record(z.string(), z.array(optionValue).min(1), { error: 'answers：问题 id → 预填的选项值，如 { parties: [org] }' }),
});

export type ScopeCue = z.output<typeof scopeCueSchema>;
export type ScopeQuestion = z.output<typeof scopeQuestionSchema>;
export type ScopeOption = ScopeQuestion['options'][number];
export type ScopeChannel = z.output<typeof scopeChannelSchema>;
export type ScopeRule = z.output<typeof scopeRuleSchema>;
export type ScopeDefault = ScopeChannel['default'];
export type NextStepData = z.output<typeof nextStepSchema>;
export type ScopeReminder = z.output<typeof scopeReminderSchema>;
export type DisputeTerm = z.output<typeof disputeTermSchema>;
