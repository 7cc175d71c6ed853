/**
 * A case writeup (src/content/cases/<year>/<slug>.mdx). The body has four sections:
 * ## 基本案情, ## 调解过程, ## 调解结果, ## 典型意义.
 */
import { z } from 'astro/zod';
import { citations, isoDateOrMonth, MECHANISMS } from './common.ts';
import { DOMAINS } from './domains.ts';

export const OUTCOMES = ['达成协议', '部分达成', '调解终止', '撤回申请'] as const;
export const METHODS = [
  '背靠背',
  '面对面',
  '释法明理',
  '情理疏导',
  '听证',
  '专家参与',
  '联合调解',
  '现场勘查',
  '第三方评估',
  '司法确认',
  '回访',
  '律师参与',
  '诉调对接',
  '访调对接',
  '府院联动',
] as const;

/**
 * What to write in each field, for the editor: the schema's messages and the `new:case` /
 * `import:docx` hints (src/lib/cases/scaffold.ts) both read this, so they cannot disagree.
 */
export const CASE_HINTS = {
  title: '案例标题，以“案”结尾，如“张某与某物业公司物业服务合同纠纷调解案”',
  year: '入选年度，如 2024',
  region: '地区，如“浙江省杭州市”',
  body: '调解组织或机关，如“某区人民调解委员会”',
  mechanism: `调解机制：${MECHANISMS.join('、')}`,
  domain: `纠纷领域：${DOMAINS.join('、')}`,
  outcome: `调解结果：${OUTCOMES.join('、')}`,
  days: '调解用时（天，当天调结写 1），不清楚写 null',
  amount: '涉及金额（元），没有或不清楚写 null',
  methods: `调解方法（至少一种）：${METHODS.join('、')}`,
  keyPoints: '调解要点 1–4 条，每条 10–160 字',
  cites: '引用条款编号，如 fangdiao-lhasa-2019/6.3（见 npm run provisions）',
  'source.publisher': '发布机关，如“某市司法局”',
  'source.title': '发布时的标题',
  'source.date': '发布日期，YYYY-MM-DD 或 YYYY-MM',
  'source.where': '发布在哪里，如“某市司法局官方网站”',
} as const;

export const caseSchema = z.object({
  title: z
    .string({ error: CASE_HINTS.title })
    .min(6, { error: CASE_HINTS.title })
    .refine((t) => /案$/.test(t), { error: '应以“案”结尾，如“……纠纷调解案”' }),
  year: z.number({ error: CASE_HINTS.year }).int().min(2000).max(2100),
  region: z.string({ error: CASE_HINTS.region }).min(2, { error: CASE_HINTS.region }),
  body: z.string({ error: CASE_HINTS.body }).min(2, { error: CASE_HINTS.body }),
  mechanism: z.enum(MECHANISMS, { error: CASE_HINTS.mechanism }),
  domain: z.enum(DOMAINS, { error: CASE_HINTS.domain }),
  outcome: z.enum(OUTCOMES, { error: CASE_HINTS.outcome }),
  /** Days from taking the matter to the agreement; a same-day settlement counts as 1. */
  days: z.number({ error: CASE_HINTS.days }).int().positive().nullable(),
  amount: z.number({ error: CASE_HINTS.amount }).nonnegative().nullable(),
  methods: z.array(z.enum(METHODS, { error: CASE_HINTS.methods })).min(1, { error: CASE_HINTS.methods }),
  keyPoints: z
    .array(z.string().min(10, { error: '每条调解要点写一到三句话' }).max(160, { error: '每条调解要点不超过 160 字' }))
    .min(1, { error: CASE_HINTS.keyPoints })
    .max(4, { error: CASE_HINTS.keyPoints }),
  tags: z.array(z.string().min(1)).default([]),
  cites: citations,
  source: z.object({
    publisher: z.string({ error: CASE_HINTS['source.publisher'] }).min(2, { error: CASE_HINTS['source.publisher'] }),
    title: z.string({ error: CASE_HINTS['source.title'] }).min(4, { error: CASE_HINTS['source.title'] }),
    date: isoDateOrMonth,
    where: z.string({ error: CASE_HINTS['source.where'] }).min(2, { error: CASE_HINTS['source.where'] }),
  }),
  /** True when the writeup is illustrative rather than a reported case; the page says so. */
  illustrative: z.boolean().default(false),
});

export type CaseData = z.output<typeof caseSchema>;
