/**
 * A case writeup (src/content/cases/<year>/<slug>.mdx). The body has four sections:
 * ## 基本案情, ## 调解过程, ## 调解结果, ## 典型意义.
 */
import { z } from 'astro/zod';
import { citations, isoDateOrMonth, mechanism } from './common.ts';
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


export const caseSchema = z.object({
  title: z
    .string({ error: 'title：案例标题，如“张某与某物业公司物业服务合同纠纷调解案”' })
    .min(6)
    .refine((t) => /案$/.test(t), { error: 'title 应以“案”结尾，如“……纠纷调解案”' }),
  year: z.number({ error: 'year：入选年度，如 2024' }).int().min(2000).max(2100),
  region: z.string({ error: 'region：地区，如“浙江省杭州市”' }).min(2),
  body: z.string({ error: 'body：调解组织或机关，如“某区人民调解委员会”' }).min(2),
  mechanism,
  domain: z.enum(DOMAINS, { error: `domain 只能是：${DOMAINS.join('、')}` }),
  outcome: z.enum(OUTCOMES, { error: `outcome 只能是：${OUTCOMES.join('、')}` }),
  /** Days from taking the matter to the agreement; a same-day settlement counts as 1. */
  days: z.number({ error: 'days：调解用时（天，当天调结写 1），不清楚写 null' }).int().positive().nullable(),
  amount: z.number({ error: 'amount：涉及金额（元），没有或不清楚写 null' }).nonnegative().nullable(),
  methods: z.array(z.enum(METHODS, { error: `methods 只能从以下选：${METHODS.join('、')}` })).min(1, { error: 'methods：至少写一种调解方法' }),
  keyPoints: z
    .array(z.string().min(10, { error: '每条调解要点写一到三句话' }).max(160, { error: '每条调解要点不超过 160 字' }))
    .min(1, { error: 'keyPoints：至少一条调解要点' })
    .max(4),
  tags: z.array(z.string().min(1)).default([]),
  cites: citations,
  source: z.object({
    publisher: z.string({ error: 'source.publisher：发布机关，如“某市司法局”' }).min(2),
    title: z.string({ error: 'source.title：发布的标题' }).min(4),
    date: isoDateOrMonth,
    where: z.string({ error: 'source.where：发布在哪里，如“某市司法局官方网站”' }).min(2),
  }),
  /** True when the writeup is illustrative rather than a reported case; the page says so. */
  illustrative: z.boolean().default(false),
});

export type CaseData = z.infer<typeof caseSchema>;
