/**
 * A case writeup (src/content/cases/<year>/<slug>.mdx). The body has four sections:
 * ## 基本案情, ## 调解过程, ## 调解结果, ## 典型意义.
 */
import { z } from 'astro/zod';
import { citationId, citations, mechanism } from './common.ts';
import { DOMAINS } from './domains.ts';

/**
 * 达成后反悔: an agreement was reached and one side later refused to perform it or asked a court to
 * set it aside. 未载明: the published report does not say how the matter ended.
 */
export const OUTCOMES = ['达成协议', '部分达成', '调解终止', '撤回申请', '达成后反悔', '未载明'] as const;
/** How each outcome reads on a case page. */
export const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  达成协议: '达成协议',
  部分达成: '部分达成协议',
  调解终止: '调解终止（未达成协议）',
  撤回申请: '撤回申请或起诉',
  达成后反悔: '达成协议后一方反悔或不履行',
  未载明: '报道未载明结果',
};
/** Outcomes a mediator studies to learn when mediation does not hold. */
export const NOT_SUCCESS_OUTCOMES: readonly (typeof OUTCOMES)[number][] = ['部分达成', '调解终止', '达成后反悔'];
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
  '自行纠错',
] as const;

export const STAGES = ['诉前', '信访', '复议中', '诉讼中', '执行', '其他'] as const;

/** A calendar date or month that exists: 2024-02-30 and 2024-13 are refused. */
const isoDateOrMonth = z
  .string({ error: '日期写作 YYYY-MM-DD 或 YYYY-MM（加引号）' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: '日期写作 YYYY-MM-DD 或 YYYY-MM' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number | undefined];
      if (m < 1 || m > 12) return false;
      if (d === undefined) return true;
      return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
    },
    { error: '日期不存在（月份 01–12，日期不超过当月天数）' },
  );

/** Money in yuan; null when the report does not state it. */
const money = (field: string) =>
  z.number({ error: `${field}：金额（元），报道未载明写 null` }).nonnegative({ error: `${field} 不能为负数` }).nullable().default(null);

/**
 * A statute provision that applied. A plain id is one the report itself names; an object with a
 * `note` is one the editor added from the procedure the report describes, and the page says so.
 */
const lawRef = z.union([
  citationId,
  z.object({
    id: citationId,
    note: z.string({ error: 'laws[].note：说明为何适用此条（报道未引用时由编者标注）' }).min(4),
  }),
]);

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
  stage: z.enum(STAGES, { error: `stage：调解发生的阶段，只能是：${STAGES.join('、')}；报道未载明写 null` }).nullable().default(null),
  /** Days from taking the matter to the agreement; a same-day settlement counts as 1. */
  days: z.number({ error: 'days：调解用时（天，当天调结写 1），不清楚写 null' }).int().positive().nullable(),
  amount: z
    .strictObject(
      {
        /** What the claimant asked for (or the sum in dispute, e.g. a fine under review). */
        claimed: money('amount.claimed'),
        /** What the agreement or decision settled on. */
        settled: money('amount.settled'),
      },
      { error: 'amount 写作 { claimed: 诉求金额, settled: 调解金额 }，只有这两项，报道未载明的写 null' },
    )
    .default({ claimed: null, settled: null }),
  methods: z.array(z.enum(METHODS, { error: `methods 只能从以下选：${METHODS.join('、')}` })).min(1, { error: 'methods：至少写一种调解方法' }),
  /** 争议焦点: what the parties disagreed on, one or two sentences. Null when the report does not show it. */
  disputeFocus: z.string({ error: 'disputeFocus：争议焦点，一两句话；报道未载明写 null' }).min(10).max(200).nullable().default(null),
  /** 调解要旨: the reusable rule or technique, one normative sentence (like 裁判要旨). */
  holding: z.string({ error: 'holding：调解要旨，一句话' }).min(10).max(200).nullable().default(null),
  keyPoints: z
    .array(z.string().min(10, { error: '每条调解要点写一到三句话' }).max(160, { error: '每条调解要点不超过 160 字' }))
    .min(1, { error: 'keyPoints：至少一条调解要点' })
    .max(4),
  tags: z.array(z.string().min(1)).default([]),
  /** 法律依据: statute provisions, by id; the build fails on an unknown id. */
  laws: z.array(lawRef, { error: 'laws：法律依据（法律法规条款编号，如 renmin-tiaojie-fa/33）' }).default([]),
  /** Statutes the report names that the law library does not hold (local regulations, old texts), as written. */
  otherLaws: z.array(z.string().min(2)).default([]),
  /** 工作依据: policy-document provisions the case illustrates. */
  cites: citations,
  source: z.object({
    publisher: z.string({ error: 'source.publisher：发布机关，如“某市司法局”' }).min(2),
    title: z.string({ error: 'source.title：发布的标题' }).min(4),
    date: isoDateOrMonth,
    where: z.string({ error: 'source.where：发布在哪里，如“某市司法局官方网站”' }).min(2),
    url: z.url({ error: 'source.url：报道的网址（http:// 或 https:// 开头）；找不到写 null' }).nullable().default(null),
  }),
  /** True when the writeup is illustrative rather than a reported case; the page says so. */
  illustrative: z.boolean().default(false),
  /**
   * False while the published report has not been found and read: the fields the report would give
   * stay empty and the page says the writeup is not yet checked against its source.
   */
  sourceChecked: z.boolean().default(true),
});

export type CaseData = z.output<typeof caseSchema>;
export type LawRef = CaseData['laws'][number];
export const lawId = (l: LawRef): string => (typeof l === 'string' ? l : l.id);
