/**
 * Frontmatter of a regulation document (src/content/regulations/*.mdx). Messages are written
 * for the content editor who will read them in a failed build.
 */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';

export const LEVELS = ['省', '市', '县', '区', '州'] as const;
export const KINDS = ['意见', '方案', '要点'] as const;
export const DATE_KINDS = ['issued', 'posted', 'year-only'] as const;

export const regulationSchema = z.object({
  title: z.string({ error: '文件的完整标题' }).min(4, { error: '太短：应为文件的完整标题' }),
  shortTitle: z
    .string({ error: '引用时书名号里的简称，如“人民调解法”“完善“访调对接”机制实施意见”' })
    .min(2)
    .refine((s) => !/[《》]/.test(s), { error: '不要带书名号，引用时会自动加上' }),
  seed: z.string({ error: '来源文本在 shared/seeds/ 中的文件名' }).regex(/\.txt$/, { error: '应为 .txt 文件名' }),
  issuer: z.string({ error: '发文机关；原文未署名时写“未署名”' }).min(2),
  issuerNamed: z.boolean({ error: '应为 true 或 false：原文是否写明发文机关' }),
  docNumber: z.string().min(3).nullable().default(null),
  date: isoDate,
  dateKind: z.enum(DATE_KINDS, { error: `只能是 ${DATE_KINDS.join(' / ')}（印发日期 / 网页发布日期 / 仅知年份）` }),
  postedDate: isoDate.nullable().default(null),
  region: z.string({ error: '地区，如“西藏自治区拉萨市”；匿名地区照原文写' }).min(2),
  level: z.enum(LEVELS, { error: `只能是 ${LEVELS.join('、')} 之一` }),
  kind: z.enum(KINDS, { error: `只能是 ${KINDS.join('、')} 之一` }),
  effect: z.string().default('未核实'),
  provenance: z.string({ error: '文本从哪里取得' }).min(6),
  summary: z.string({ error: '一两句话说明文件规定什么' }).min(10),
  repairs: z.array(z.string().min(4), { error: '应为列表：每条写一处编者修复' }).min(1, { error: '不能为空：来源文本都有需要说明的处理' }),
});

export type Regulation = z.output<typeof regulationSchema>;

export const DATE_KIND_LABELS: Record<(typeof DATE_KINDS)[number], string> = {
  issued: '印发日期',
  posted: '发布日期（网页）',
  'year-only': '仅知年份',
};
