/**
 * A case writeup (src/content/cases/<year>/<slug>.mdx). The body has four sections:
 * ## 基本案情, ## 调解过程, ## 调解结果, ## 典型意义.
 */
import { z } from 'astro/zod';
import { citationId, citations, isoDateOrMonth, MECHANISMS } from './common.ts';
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

/** Money in yuan; null when the report does not state it. */
const money = z.number({ error: '金额（元），报道未载明写 null' }).nonnegative({ error: '金额不能为负数' }).nullable().default(null);

/**
 * A statute provision that applied. A plain id is one the report itself names; an object with a
 * `note` is one the editor added from the procedure the report describes, and the page says so.
 */
const lawRef = z.union([
  citationId,
  z.object({
    id: citationId,
    note: z.string({ error: '说明为何适用此条（报道未引用时由编者标注）' }).min(4),
  }),
]);

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
  stage: `调解发生的阶段：${STAGES.join('、')}；报道未载明写 null`,
  days: '调解用时（天，当天调结写 1），不清楚写 null',
  amount: '写作 { claimed: 诉求金额, settled: 调解金额 }（元），报道未载明的写 null',
  methods: `调解方法（至少一种）：${METHODS.join('、')}`,
  disputeFocus: '争议焦点，一两句话；报道未载明写 null',
  holding: '调解要旨，一句话；报道未载明写 null',
  keyPoints: '调解要点 1–4 条，每条 10–160 字',
  laws: '法律依据：法律法规条款编号，如 renmin-tiaojie-fa/33（见 npm run provisions）',
  cites: '工作依据：政策文件条款编号，如 fangdiao-lhasa-2019/6.3（见 npm run provisions）',
  'source.publisher': '发布机关，如“某市司法局”',
  'source.title': '发布时的标题',
  'source.date': '发布日期，YYYY-MM-DD 或 YYYY-MM',
  'source.where': '发布在哪里，如“某市司法局官方网站”',
  'source.url': '报道的网址（http:// 或 https:// 开头）；找不到写 null',
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
  stage: z.enum(STAGES, { error: CASE_HINTS.stage }).nullable().default(null),
  /** Days from taking the matter to the agreement; a same-day settlement counts as 1. */
  days: z.number({ error: CASE_HINTS.days }).int().positive().nullable(),
  amount: z
    .strictObject(
      {
        /** What the claimant asked for (or the sum in dispute, e.g. a fine under review). */
        claimed: money,
        /** What the agreement or decision settled on. */
        settled: money,
      },
      { error: CASE_HINTS.amount },
    )
    .default({ claimed: null, settled: null }),
  methods: z.array(z.enum(METHODS, { error: CASE_HINTS.methods })).min(1, { error: CASE_HINTS.methods }),
  /** 争议焦点: what the parties disagreed on, one or two sentences. Null when the report does not show it. */
  disputeFocus: z.string({ error: CASE_HINTS.disputeFocus }).min(10).max(200).nullable().default(null),
  /** 调解要旨: the reusable rule or technique, one normative sentence (like 裁判要旨). */
  holding: z.string({ error: CASE_HINTS.holding }).min(10).max(200).nullable().default(null),
  keyPoints: z
    .array(z.string().min(10, { error: '每条调解要点写一到三句话' }).max(160, { error: '每条调解要点不超过 160 字' }))
    .min(1, { error: CASE_HINTS.keyPoints })
    .max(4, { error: CASE_HINTS.keyPoints }),
  tags: z.array(z.string().min(1)).default([]),
  /** 法律依据: statute provisions, by id; the build fails on an unknown id. */
  laws: z.array(lawRef, { error: CASE_HINTS.laws }).default([]),
  /** Statutes the report names that the law library does not hold (local regulations, old texts), as written. */
  otherLaws: z.array(z.string().min(2)).default([]),
  /** 工作依据: policy-document provisions the case illustrates. */
  cites: citations,
  source: z.object({
    publisher: z.string({ error: CASE_HINTS['source.publisher'] }).min(2, { error: CASE_HINTS['source.publisher'] }),
    title: z.string({ error: CASE_HINTS['source.title'] }).min(4, { error: CASE_HINTS['source.title'] }),
    date: isoDateOrMonth,
    where: z.string({ error: CASE_HINTS['source.where'] }).min(2, { error: CASE_HINTS['source.where'] }),
    url: z.url({ error: CASE_HINTS['source.url'] }).nullable().default(null),
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
